import { storedAccount } from '@sundhed/supabase/session';
import { backend } from './backend.ts';
import { syncProgress } from './progressSync.ts';
import { markSynced } from './syncSchedule.ts';

/* Sends what waits for the signed-in account and brings the account's progress in; silent on failure (it waits). */
export async function syncNow(): Promise<void> {
  const account = storedAccount(localStorage);
  if (!account) return;
  await syncProgress(backend(), account.userId)
    .then(() => markSynced())
    .catch(() => undefined);
}
