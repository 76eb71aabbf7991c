import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { hyphenateCompoundsInHtml, lexiconFrom, wordsOfHtml } from '../search/decompound.ts';

/**
 * Indexes the built site with Pagefind's Node API after `astro build`. The language comes from
 * `<html lang>`, so Danish pages get Danish stemming and their own index. Danish pages are indexed
 * with their compounds hyphenated (see search/decompound.ts); the served files are not changed.
 * Any Pagefind error fails the build.
 */

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

const isDanish = (html: string) => /<html[^>]*\blang="da"/.test(html);

/** The page's address as served: /forloeb/x/ for forloeb/x/index.html. */
const urlOf = (site: string, file: string) =>
  `/${relative(site, file).split(sep).join('/')}`.replace(/index\.html$/, '');

export function pagefind(): AstroIntegration {
  return {
    name: 'sundhed:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const pages = await Promise.all(
          (await htmlFiles(site)).map(async (file) => ({ file, html: await readFile(file, 'utf8') })),
        );
        const lexicon = lexiconFrom(
          pages.filter(({ html }) => isDanish(html)).flatMap(({ html }) => wordsOfHtml(html)),
        );

        const { index, errors: createErrors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
        try {
          for (const { file, html } of pages) {
            const content = isDanish(html) ? hyphenateCompoundsInHtml(html, lexicon) : html;
            const added = await index.addHTMLFile({ url: urlOf(site, file), content });
            if (added.errors.length > 0)
              throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
          }
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
          logger.info(`indexed ${pages.length} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await close();
        }
      },
    },
  };
}
