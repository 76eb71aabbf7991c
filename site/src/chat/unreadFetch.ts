import { storedAccount } from '@sundhed/supabase/session';
import { rpcWithStoredSession } from '../account/storedSessionRpc.ts';
import { rememberUnread } from './unreadCount.ts';

/*
 * A fresh unread count for the header, asked on the reader's first use of a page (loaded then, so
 * content pages fetch nothing for it before), without supabase-js. Offline, or with a session that
 * needs refreshing, the remembered count stays.
 */
export async function fetchUnread(): Promise<void> {
  const count = await rpcWithStoredSession<number>('my_unread_count');
  const account = storedAccount(localStorage);
  if (account && typeof count === 'number') rememberUnread(account.userId, count);
}
