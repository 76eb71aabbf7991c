import { filesCache, pagesCache } from './caches.ts';
import { filesToDownload } from './files.ts';

/*
 * "Download this program": every page of the program, and the pictures and documents in them, put
 * where the service worker looks for them. Runs in the page, so it can report as it goes. What was
 * stored before a failure stays stored; running it again fetches the pages anew and only the files
 * still missing.
 */

export interface DownloadEnvironment {
  fetch: (url: string, init?: RequestInit) => Promise<Response>;
  caches: Pick<CacheStorage, 'open'>;
  /** Device pixels a picture fills: the page width (at most the text column) times the pixel ratio. */
  pictureWidth: number;
}

export interface Downloaded {
  pages: number;
  files: number;
  /** What the program takes on this device, uncompressed. */
  bytes: number;
}

export class DownloadFailed extends Error {
  constructor(
    readonly url: string,
    readonly status: number | undefined,
  ) {
    super(`Could not download ${url}${status === undefined ? ' (no connection)' : ` (HTTP ${status})`}`);
  }
}

async function fetchWhole(environment: DownloadEnvironment, url: string): Promise<Response> {
  let response: Response;
  try {
    // Past the browser's HTTP cache: a download should hold what the server has now.
    response = await environment.fetch(url, { cache: 'no-cache' });
  } catch {
    throw new DownloadFailed(url, undefined);
  }
  if (!response.ok || response.redirected) throw new DownloadFailed(url, response.status);
  return response;
}

export async function downloadPages(
  pageUrls: readonly string[],
  environment: DownloadEnvironment,
  progress: (done: number, total: number) => void,
): Promise<Downloaded> {
  const pages = await environment.caches.open(pagesCache);
  const files = await environment.caches.open(filesCache);
  const wanted = new Set<string>();
  let bytes = 0;
  for (const [index, url] of pageUrls.entries()) {
    const response = await fetchWhole(environment, url);
    const html = await response.clone().text();
    bytes += new TextEncoder().encode(html).byteLength;
    for (const file of filesToDownload(html, url, environment.pictureWidth)) wanted.add(file);
    await pages.put(url, response);
    progress(index + 1, pageUrls.length);
  }
  for (const file of wanted) {
    const kept = await files.match(file);
    if (kept) {
      bytes += (await kept.arrayBuffer()).byteLength;
      continue;
    }
    const response = await fetchWhole(environment, file);
    bytes += (await response.clone().arrayBuffer()).byteLength;
    await files.put(file, response);
  }
  return { pages: pageUrls.length, files: wanted.size, bytes };
}
