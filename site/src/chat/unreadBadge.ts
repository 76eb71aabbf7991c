import { storedAccessToken, storedAccount } from '@sundhed/supabase/session';

/*
 * The unread count beside "Beskeder" in the header of every page, without supabase-js. The chat
 * pages keep the last count they learned here (per account); other pages show it at once and ask
 * the database for a fresh one on the reader's first use, with the stored token while it is valid.
 */

const countKey = (userId: string) => `sundhedscenter.unread.${userId}`;
export const unreadChanged = 'sundhed:unread-changed';

export function rememberUnread(userId: string, count: number): void {
  localStorage.setItem(countKey(userId), String(count));
  dispatchEvent(new CustomEvent(unreadChanged));
}

export function rememberedUnread(userId: string): number {
  const count = Number(localStorage.getItem(countKey(userId)) ?? 0);
  return Number.isInteger(count) && count > 0 ? count : 0;
}

/** Asks the database for the count; keeps the remembered one when it cannot. */
export async function fetchUnread(url: string, anonKey: string): Promise<void> {
  const account = storedAccount(localStorage);
  const token = storedAccessToken(localStorage);
  if (!account || !token) return;
  try {
    const answer = await fetch(`${url}/rest/v1/rpc/my_unread_count`, {
      method: 'POST',
      headers: { apikey: anonKey, authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    if (answer.ok) rememberUnread(account.userId, Number(await answer.json()));
  } catch {
    // Offline: the remembered count stays.
  }
}
