import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { lexiconFrom, wordsOfHtml } from '../search/decompound.ts';
import { indexedCopy } from '../search/indexedCopy.ts';
import { forEachBounded } from './boundedWork.ts';
import { trimBundle } from './pagefindBundle.ts';

/**
 * Indexes the built site with Pagefind's Node API after `astro build`. The language comes from
 * `<html lang>`, so Danish pages get Danish stemming and their own index. Pagefind indexes a copy of
 * each page (search/indexedCopy.ts): without what search never shows, and, for Danish pages, with
 * their compounds' parts separated (search/decompound.ts); the served files are not changed.
 * Any Pagefind error fails the build. The site is never held in memory whole: a first pass reads
 * the pages a few at a time and keeps only the Danish words seen (the lexicon); a second reads each
 * page again as it is indexed. File handles stay bounded however many pages there are.
 */

/** Pages read at once in the first pass. */
const readsAtOnce = 16;

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
        const files = await htmlFiles(site);
        const words = new Set<string>();
        await forEachBounded(files, readsAtOnce, async (file) => {
          const html = await readFile(file, 'utf8');
          if (isDanish(html)) for (const word of wordsOfHtml(html)) words.add(word);
        });
        const lexicon = lexiconFrom(words);

        const { index, errors: createErrors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
        try {
          for (const file of files) {
            const html = await readFile(file, 'utf8');
            const content = indexedCopy(html, isDanish(html) ? lexicon : undefined);
            const added = await index.addHTMLFile({ url: urlOf(site, file), content });
            if (added.errors.length > 0)
              throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
          }
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
          await trimBundle(`${site}pagefind`);
          logger.info(`indexed ${files.length} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await close();
        }
      },
    },
  };
}
