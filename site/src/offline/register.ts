import { keepMessage } from './caches.ts';

/*
 * Registers the service worker. The page that registers it was loaded before the worker existed, so
 * it is not kept yet: the worker is asked to keep it, with the files it used; every page after it
 * is kept as it is opened.
 */
export async function startOfflineSupport(): Promise<void> {
  const worker = navigator.serviceWorker;
  const wasControlled = Boolean(worker.controller);
  await worker.register('/sw.js', { scope: '/' });
  if (wasControlled) return;
  const { active } = await worker.ready;
  const files = performance.getEntriesByType('resource').map((entry) => entry.name);
  active?.postMessage({ type: keepMessage, page: location.href, files });
}
