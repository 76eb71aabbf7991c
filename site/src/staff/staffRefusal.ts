import { BackendError } from '@sundhed/supabase';

/*
 * A refusal on a staff page as a kind the page words: the database's own kinds where they say
 * what to do, "offline" when the request never got there.
 */

export type StaffRefusal = 'invalid' | 'not-found' | 'not-allowed' | 'offline' | 'unexpected';

export function staffRefusalOf(error: unknown): StaffRefusal {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'offline';
  if (error instanceof BackendError) {
    if (error.kind === 'invalid' || error.kind === 'too-long' || error.kind === 'taken') return 'invalid';
    if (error.kind === 'not-found' || error.kind === 'not-allowed') return error.kind;
    if (/fetch|network/i.test(error.message)) return 'offline';
  }
  return error instanceof TypeError ? 'offline' : 'unexpected';
}

/** For the inbox, whose words are "not in your team's inbox", "offline" and "something went wrong". */
export function inboxRefusalOf(error: unknown): 'not-found' | 'offline' | 'unexpected' {
  const kind = staffRefusalOf(error);
  if (kind === 'not-found' || kind === 'not-allowed') return 'not-found';
  return kind === 'offline' ? 'offline' : 'unexpected';
}
