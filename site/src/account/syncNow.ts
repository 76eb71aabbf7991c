import { storedAccount } from '@sundhed/supabase/session';
import { backend } from './backend.ts';
import { syncProgress } from './progressSync.ts';

/* Sends what waits for the signed-in account and brings the account's progress in; silent on failure (it waits). */
export async function syncNow(): Promise<void> {
  const account = storedAccount(localStorage);
  if (account) await syncProgress(backend(), account.userId).catch(() => undefined);
}
