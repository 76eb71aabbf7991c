import { existsSync } from 'node:fs';
import { readdir, readFile, rename, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { close, createIndex } from 'pagefind';
import { lexiconFrom, wordsOfHtml } from '../search/decompound.ts';
import { indexedCopy } from '../search/indexedCopy.ts';
import { forEachBounded } from './boundedWork.ts';
import { trimBundle } from './pagefindBundle.ts';

/**
 * Indexes a built site with Pagefind's Node API. It runs as its own step after `astro build` has
 * exited (scripts/build.ts), so the build's memory is free before Pagefind takes its own; and a
 * publish that rebuilt only some pages indexes the whole site again from disk. The language comes
 * from `<html lang>`, so Danish pages get Danish stemming and their own index. Pagefind indexes a
 * copy of each page (search/indexedCopy.ts): without what search never shows, and, for Danish
 * pages, with their compounds' parts separated (search/decompound.ts); the served files are not
 * changed. Only the part of Pagefind's bundle the search page loads is kept (pagefindBundle.ts).
 * The site is never held in memory whole: a first pass reads the pages a few at a time and keeps
 * only the Danish words of the pages searched (the lexicon); a second reads each page again as it
 * is indexed. File handles stay bounded however many pages there are. Pages are taken in sorted order, so the
 * same site always gives the same index.
 */

/** Pages read at once in the first pass. */
const readsAtOnce = 16;

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

const isDanish = (html: string) => /<html[^>]*\blang="da"/.test(html);
/**
 * Pagefind indexes only pages that mark their text with data-pagefind-body once any page does, so
 * the others (menus, print pages, a language's Danish stand-ins) are not sent to it at all.
 */
const hasSearchBody = (html: string) => html.includes('data-pagefind-body');

/** The page's address as served: /forloeb/x/ for forloeb/x/index.html. */
const urlOf = (site: string, file: string) =>
  `/${relative(site, file).split(sep).join('/')}`.replace(/index\.html$/, '');

export type IndexedSite = { pages: number; indexed: number; milliseconds: number };

/** Writes `<site>/pagefind/`; any Pagefind error throws. */
export async function indexSite(site: string): Promise<IndexedSite> {
  const started = performance.now();
  const files = await htmlFiles(site);
  const words = new Set<string>();
  const withBody = new Set<string>();
  await forEachBounded(files, readsAtOnce, async (file) => {
    const html = await readFile(file, 'utf8');
    if (!hasSearchBody(html)) return;
    withBody.add(file);
    if (isDanish(html)) for (const word of wordsOfHtml(html)) words.add(word);
  });
  const lexicon = lexiconFrom(words);

  const { index, errors: createErrors } = await createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
  // Written beside the live index and swapped in: no stale chunk of an earlier index survives, and
  // a server reading the folder meanwhile misses the index only between two renames.
  const live = join(site, 'pagefind');
  const next = join(site, 'pagefind.next');
  const old = join(site, 'pagefind.old');
  try {
    await rm(next, { recursive: true, force: true });
    for (const file of files) {
      if (!withBody.has(file)) continue;
      const html = await readFile(file, 'utf8');
      const content = indexedCopy(html, isDanish(html) ? lexicon : undefined);
      const added = await index.addHTMLFile({ url: urlOf(site, file), content });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: next });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
    await trimBundle(next);
    await rm(old, { recursive: true, force: true });
    if (existsSync(live)) await rename(live, old);
    await rename(next, live);
    await rm(old, { recursive: true, force: true });
  } finally {
    await rm(next, { recursive: true, force: true });
    await close();
  }
  return { pages: files.length, indexed: withBody.size, milliseconds: Math.round(performance.now() - started) };
}
