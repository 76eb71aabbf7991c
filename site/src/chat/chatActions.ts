import { BackendError, chatAdapter } from '@sundhed/supabase';
import { backend } from '../account/backend.ts';

/*
 * The chat pages' backend calls, loaded with those pages (they bring supabase-js). A refusal
 * becomes a kind the page words.
 */

export type ChatRefusal = 'invalid' | 'too-long' | 'too-many' | 'not-found' | 'offline' | 'unexpected';

export function chatRefusalOf(error: unknown): ChatRefusal {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'offline';
  if (error instanceof BackendError) {
    if (error.kind === 'invalid' || error.kind === 'too-long' || error.kind === 'too-many') return error.kind;
    if (error.kind === 'not-found' || error.kind === 'not-allowed') return 'not-found';
    if (/fetch|network/i.test(error.message)) return 'offline';
  }
  return error instanceof TypeError ? 'offline' : 'unexpected';
}

export const chat = () => chatAdapter(backend());

/** Makes the live connection speak for the signed-in person before a page subscribes. */
export const signedInSession = async () => (await backend().auth.getSession()).data.session;
