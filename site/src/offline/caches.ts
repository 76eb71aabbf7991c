/*
 * The names the service worker and the pages share. Pages (HTML) and files (styles, scripts,
 * pictures, documents) live in separate caches so that a new build can replace one without the other.
 * The version in a name changes only when the layout of what is stored changes.
 */
export const pagesCache = 'sundhed-pages-v1';
export const filesCache = 'sundhed-files-v1';
export const ourCaches: readonly string[] = [pagesCache, filesCache];

/** Messages between the pages and the service worker. */
export const newerMessage = 'sundhed:newer';
export const keepMessage = 'sundhed:keep';
