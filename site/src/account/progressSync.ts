import { progressAdapter, type SundhedClient } from '@sundhed/supabase';
import { storedAccount } from '@sundhed/supabase/session';
import { mergeProgress, type ProgressRecord } from '../progress/merge.ts';
import { flush } from '../progress/outbox.ts';
import { cmiOf, recordOf } from '../progress/record.ts';
import { readLesson, writeCmi } from '../progress/store.ts';

/*
 * Progress follows the account across devices: this browser's waiting records go to the account
 * (the outbox of the signed-in account only), then the account's progress, merged from every
 * device, comes back into this browser by the same merge rule, so "Mit forløb" and the program
 * pages show it.
 */

/** Joins one record from the account into this browser's copy of that lesson. */
export function mergeIntoBrowser(record: ProgressRecord): void {
  const stored = readLesson(record.lesson);
  const here = stored ? recordOf(record.lesson, stored.cmi, stored.updatedAt) : undefined;
  const merged = here ? mergeProgress(here, record) : record;
  if (here && JSON.stringify(merged) === JSON.stringify(here)) return;
  writeCmi(record.lesson, cmiOf(merged, stored?.cmi), merged.updatedAt);
}

/** Someone else signed in (another tab) while this ran: stop, send nothing more under them. */
class AccountChanged extends Error {}

async function stillSignedInAs(client: SundhedClient, owner: string): Promise<void> {
  const { data } = await client.auth.getSession();
  if (data.session?.user.id !== owner) throw new AccountChanged('The account on this device changed');
}

/** 'kept': some records could not be sent now (offline, or the account changed); they wait in the account's box. */
export async function syncProgress(client: SundhedClient, owner: string): Promise<'synced' | 'kept'> {
  const progress = progressAdapter(client);
  const sent = await flush(
    localStorage,
    async (records) => {
      await stillSignedInAs(client, owner);
      await progress.send(records);
    },
    owner,
  );
  await stillSignedInAs(client, owner);
  const theirs = await progress.mine(owner);
  // Checked again with nothing awaited before the writes: the reader may have signed out and had
  // this device forgotten while the answer was on its way, and their progress must not come back.
  if (storedAccount(localStorage)?.userId !== owner) return 'kept';
  for (const record of theirs) mergeIntoBrowser(record);
  return sent === 'kept' ? 'kept' : 'synced';
}
