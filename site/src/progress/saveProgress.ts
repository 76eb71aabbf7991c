import { storedAccount } from '@sundhed/supabase/session';
import { progressSaved } from '../lib/pageEvents.ts';
import { enqueue } from './outbox.ts';
import { recordOf } from './record.ts';
import { type StoredCmi, writeCmi } from './store.ts';

/**
 * Who was signed in when this page loaded. A tab left open across a sign-out and someone else's
 * sign-in holds the previous person's answers in memory: its saves are dropped, not filed under
 * the new account (or left for it). A reload picks up the new state.
 */
const pageOwner = storedAccount(localStorage)?.userId;

/**
 * Keeps a lesson's `cmi` in this browser and queues it for the server, under the account signed in
 * on this device (or for the next sign-in), synchronously, so it also works from `pagehide`. False
 * when the browser refuses storage.
 */
export function saveProgress(lesson: string, cmi: StoredCmi): boolean {
  const owner = storedAccount(localStorage)?.userId;
  if (owner !== pageOwner) return true;
  const updatedAt = new Date().toISOString();
  if (!writeCmi(lesson, cmi, updatedAt)) return false;
  try {
    enqueue(localStorage, recordOf(lesson, cmi, updatedAt), owner);
    dispatchEvent(new Event(progressSaved));
    return true;
  } catch {
    return false;
  }
}
