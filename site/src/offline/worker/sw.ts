import { sitePaths } from '../../lib/paths.ts';
import { filesCache, keepMessage, newerMessage, ourCaches, pagesCache } from '../caches.ts';
import { isKeptFile, pictureGroups } from '../files.ts';
import { startPages } from '../startPages.ts';
import { listenForPush } from './pushNotices.ts';

/*
 * The service worker: pages the reader has opened or downloaded are shown from this device at once,
 * checked against the server in the background, and replaced (with a notice) when newer. Styles,
 * scripts and pictures are kept too. A page that is not kept shows the offline page when there is
 * no connection. Registered by the pages on the reader's first interaction, never before.
 */

declare const self: ServiceWorkerGlobalScope;
/** Every file in the build's /_astro/ folder, set when the worker is bundled. */
declare const __BUILD_FILES__: string[];

listenForPush(self);

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const pages = await caches.open(pagesCache);
      await pages.addAll([...startPages]);
      const files = await caches.open(filesCache);
      const missing = [];
      for (const file of [...__BUILD_FILES__, '/favicon.svg']) if (!(await files.match(file))) missing.push(file);
      await files.addAll(missing);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (!ourCaches.includes(name)) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(page(event, url));
  else if (isKeptFile(url.pathname)) event.respondWith(file(request, url));
});

/** The page that registered the worker asks for itself and the files it used to be kept. */
self.addEventListener('message', (event) => {
  const { type, page, files } = (event.data ?? {}) as { type?: unknown; page?: unknown; files?: unknown };
  if (type !== keepMessage || typeof page !== 'string' || !Array.isArray(files)) return;
  event.waitUntil(
    keep(
      new URL(page),
      files.filter((file): file is string => typeof file === 'string'),
    ),
  );
});

async function keep(page: URL, used: string[]) {
  if (page.origin !== self.location.origin) return;
  const pages = await caches.open(pagesCache);
  if (!(await pages.match(pageKey(page)))) {
    const response = await fetch(pageKey(page));
    if (storable(response)) await pages.put(pageKey(page), response);
  }
  const files = await caches.open(filesCache);
  for (const file of used) {
    const url = new URL(file, self.location.origin);
    if (url.origin !== self.location.origin || !isKeptFile(url.pathname) || (await files.match(url.pathname))) continue;
    const response = await fetch(url.pathname);
    if (storable(response)) await files.put(url.pathname, response);
  }
}

const pageKey = (url: URL) => `${url.origin}${url.pathname}`;

async function page(event: FetchEvent, url: URL): Promise<Response> {
  const pages = await caches.open(pagesCache);
  const kept = await pages.match(pageKey(url));
  const fresh = fetch(event.request);
  if (kept) {
    event.waitUntil(refresh(pages, url, kept.clone(), fresh, event.resultingClientId).catch(() => {}));
    return kept;
  }
  try {
    const response = await fresh;
    if (storable(response)) await pages.put(pageKey(url), response.clone());
    return response;
  } catch {
    const locale = url.pathname.startsWith(sitePaths('en').home) ? 'en' : 'da';
    return (await pages.match(sitePaths(locale).offline)) ?? Response.error();
  }
}

/** Stores the server's copy; if it differs from the one shown, tells that tab it can show the new one. */
async function refresh(pages: Cache, url: URL, shown: Response, fresh: Promise<Response>, clientId: string) {
  const response = await fresh;
  if (!storable(response)) return;
  const [before, after] = await Promise.all([shown.text(), response.clone().text()]);
  if (before === after) return;
  await pages.put(pageKey(url), response);
  await tell(clientId, url.pathname);
}

/** The new tab may not exist yet while its page is still loading: ask again for a few seconds. */
async function tell(clientId: string, path: string) {
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const client = await self.clients.get(clientId);
    if (client) {
      client.postMessage({ type: newerMessage, path });
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Built files never change under their name; pictures and documents change name when they change. */
async function file(request: Request, url: URL): Promise<Response> {
  const files = await caches.open(filesCache);
  const kept = await files.match(url.pathname);
  if (kept) return kept;
  try {
    const response = await fetch(request);
    if (storable(response)) await files.put(url.pathname, response.clone());
    return response;
  } catch (error) {
    const sibling = await keptVariant(files, request, url.pathname);
    if (sibling) return sibling;
    throw error;
  }
}

/**
 * Offline, a picture can be shown in another width or format than the one the browser asked for:
 * a phone turned sideways asks for a wider one than was downloaded. The page's own HTML says which
 * files are variants of the same picture; a format the browser accepts is preferred.
 */
async function keptVariant(files: Cache, request: Request, path: string): Promise<Response | undefined> {
  if (!request.referrer) return undefined;
  const pages = await caches.open(pagesCache);
  const referrer = await pages.match(pageKey(new URL(request.referrer)));
  if (!referrer) return undefined;
  const group = pictureGroups(await referrer.text()).find((variants) => variants.includes(path)) ?? [];
  const accepted = (variant: string) => (request.headers.get('accept') ?? '').includes(variant.split('.').pop() ?? '');
  for (const variant of [...group.filter(accepted), ...group]) {
    const response = await files.match(variant);
    if (response) return response;
  }
  return undefined;
}

/** Only whole, direct answers are kept: a redirected answer cannot be replayed for a navigation. */
const storable = (response: Response) => response.ok && response.type === 'basic' && !response.redirected;
