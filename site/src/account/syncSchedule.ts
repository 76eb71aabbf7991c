/*
 * How often a signed-in browser brings the account's progress in from other devices: on the first
 * use of a page, at most every five minutes per tab. Kept apart from the sync itself so the header
 * can ask without loading supabase-js.
 */

const lastSyncKey = 'sundhedscenter.account.syncedAt';
const everyMs = 5 * 60 * 1000;

export function syncDue(now = Date.now()): boolean {
  return now - Number(sessionStorage.getItem(lastSyncKey) ?? 0) > everyMs;
}

export function markSynced(now = Date.now()): void {
  sessionStorage.setItem(lastSyncKey, String(now));
}
