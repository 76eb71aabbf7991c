import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'esbuild';

/*
 * Pagefind's bundle as this site serves it. The search page (views/SearchPage.astro) uses only
 * pagefind.js, on the main thread, with the index files; Pagefind's ready-made interfaces, its
 * highlighter and its worker script are never loaded, so they are not served either. pagefind.js
 * comes lightly minified; esbuild minifies it fully, the same code in 2 KB (gzip) less.
 */

/** Files Pagefind writes that the site never loads. */
export const unusedFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
];

export async function trimBundle(bundle: string): Promise<void> {
  await Promise.all(unusedFiles.map((file) => rm(join(bundle, file), { force: true })));
  const script = join(bundle, 'pagefind.js');
  const { code } = await transform(await readFile(script, 'utf8'), { format: 'esm', minify: true });
  await writeFile(script, code);
}
