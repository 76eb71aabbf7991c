import { storedAccessToken, storedAccount } from '@sundhed/supabase/session';
import { rememberUnread } from './unreadCount.ts';

/*
 * A fresh unread count for the header, asked on the reader's first use of a page (loaded then, so
 * content pages fetch nothing for it before): one small request with the stored token while it is
 * valid, without supabase-js. Offline or signed-out, the remembered count stays.
 */
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
    const count = Number(await answer.json());
    // Still the same person here: the device may have been signed out or forgotten meanwhile.
    if (answer.ok && storedAccount(localStorage)?.userId === account.userId) rememberUnread(account.userId, count);
  } catch {
    // Offline: the remembered count stays.
  }
}
