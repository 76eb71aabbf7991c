import { storedAccount } from '@sundhed/supabase/session';
import { progressSaved } from '../lib/pageEvents.ts';
import { enqueue } from './outbox.ts';
import { recordOf } from './record.ts';
import { type StoredCmi, writeCmi } from './store.ts';

/**
 * Keeps a lesson's `cmi` in this browser and queues it for the server, under the account signed in
 * on this device (or for the next sign-in), synchronously, so it also works from `pagehide`. False
 * when the browser refuses storage.
 */
export function saveProgress(lesson: string, cmi: StoredCmi): boolean {
  const updatedAt = new Date().toISOString();
  if (!writeCmi(lesson, cmi, updatedAt)) return false;
  try {
    enqueue(localStorage, recordOf(lesson, cmi, updatedAt), storedAccount(localStorage)?.userId);
    dispatchEvent(new Event(progressSaved));
    return true;
  } catch {
    return false;
  }
}
