/*
 * Which files a page needs to be read offline: the site's own styles and scripts, pictures, and
 * documents to download. Video and sound are left out: they are large, fetched in ranges while
 * playing, and their transcripts are in the page already.
 */

const kept = /^\/(?:_astro\/[^/]+\.(?:css|js)|media\/[^/]+\.(?:avif|webp|png|jpe?g|svg|pdf)|favicon\.svg)$/;

/** Whether a same-site path is a file worth keeping offline. */
export const isKeptFile = (path: string) => kept.test(path);

/** The URLs of a srcset ("url 480w, url 960w"), in order. */
export const srcsetUrls = (srcset: string) =>
  srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);

/**
 * Every variant of each picture in a page (each format, each width, the fallback), as groups of
 * paths. Offline, a picture whose exact variant is not kept can be shown from another of its group.
 */
export function pictureGroups(html: string): string[][] {
  return [...html.matchAll(/<picture>([\s\S]*?)<\/picture>/g)].map(([, inner]) =>
    [...(inner ?? '').matchAll(/\s(?:src|srcset)="([^"]+)"/g)].flatMap(([, value]) => srcsetUrls(value ?? '')),
  );
}

/**
 * What to download so a page reads well offline: the kept files it refers to, and of each picture
 * one variant, the first format's narrowest width that fills `width` device pixels (or its widest).
 */
export function filesToDownload(html: string, pageUrl: string, width: number): string[] {
  const found = new Set<string>();
  const keep = (value: string) => {
    const url = new URL(value.replaceAll('&amp;', '&'), pageUrl);
    if (url.origin === new URL(pageUrl).origin && isKeptFile(url.pathname)) found.add(url.pathname);
  };
  const outsidePictures = html.replace(/<picture>[\s\S]*?<\/picture>/g, (picture) => {
    const first = /\ssrcset="([^"]+)"/.exec(picture)?.[1];
    const candidates = (first ?? '')
      .split(',')
      .map((candidate) => candidate.trim().split(/\s+/))
      .map(([url = '', descriptor = '']) => ({ url, width: Number.parseInt(descriptor, 10) || 0 }))
      .filter(({ url }) => url)
      .sort((a, b) => a.width - b.width);
    const chosen = candidates.find((candidate) => candidate.width >= width) ?? candidates.at(-1);
    if (chosen) keep(chosen.url);
    else keep(/\ssrc="([^"]+)"/.exec(picture)?.[1] ?? '');
    return '';
  });
  for (const [, value] of outsidePictures.matchAll(/\s(?:src|href)="([^"]+)"/g)) if (value) keep(value);
  return [...found];
}
