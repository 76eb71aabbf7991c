import { ourCaches } from '../offline/caches.ts';
import { adoptSignedOut, dropSignedOut } from '../progress/outbox.ts';
import { setAsideKey } from '../progress/setAside.ts';
import { progressPrefix } from '../progress/store.ts';
import { unsubscribeThisDevice } from './pushOnThisDevice.ts';

/*
 * What signing in and out means for this browser's own copy of progress. It belongs to the account
 * last signed in here: when someone else signs in, the previous person's copy leaves the browser
 * before the new account's comes in, and so does anything made signed out since (on a shared
 * computer it may be the previous person's, made in a tab left open), rather than join the new
 * account. The previous person's own unsent box stays, for their next sign-in. "Forget this
 * device" (a shared computer at a library or a care home) removes everything personal the site
 * keeps: progress, notes and answers, queued records, the chosen municipality, downloaded and
 * visited pages (which tell what someone reads about), push notices to this browser, and the
 * session itself.
 */

const sitePrefix = 'sundhedscenter.';
const lastAccountKey = 'sundhedscenter.account.last';

const keysStartingWith = (prefix: string) =>
  Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index)).filter(
    (key): key is string => key?.startsWith(prefix) ?? false,
  );

/** Called once the code is accepted: this browser now keeps `userId`'s progress. */
export function takeOverDevice(userId: string): void {
  const previous = localStorage.getItem(lastAccountKey);
  localStorage.setItem(lastAccountKey, userId);
  if (previous && previous !== userId) {
    for (const key of keysStartingWith(progressPrefix)) localStorage.removeItem(key);
    localStorage.removeItem(setAsideKey);
    dropSignedOut(localStorage);
    return;
  }
  adoptSignedOut(localStorage, userId);
}

/** Everything personal the site keeps in this browser, gone. */
export async function forgetDevice(): Promise<void> {
  await unsubscribeThisDevice().catch(() => undefined);
  for (const key of keysStartingWith(sitePrefix)) localStorage.removeItem(key);
  sessionStorage.clear();
  if ('caches' in globalThis) await Promise.all(ourCaches.map((name) => caches.delete(name)));
}
