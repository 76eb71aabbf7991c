import { BackendError, myAccountAdapter } from '@sundhed/supabase';
import { backend } from './backend.ts';
import { forgetDevice } from './thisDevice.ts';

/*
 * The account page's backend calls, loaded with the page (they bring supabase-js). Signing out is
 * the sign-in page's own (signInFlow.ts), so both pages sign out the same way.
 */

export { signOut } from './signInFlow.ts';

export type AccountRefusal = 'invalid' | 'offline' | 'unexpected';

export function accountRefusalOf(error: unknown): AccountRefusal {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'offline';
  if (error instanceof BackendError) {
    // A name the database refuses: empty or over 80 characters (a check constraint, 23514).
    if (error.kind === 'invalid' || error.kind === 'too-long' || error.code === '23514') return 'invalid';
    if (/fetch|network/i.test(error.message)) return 'offline';
  }
  return error instanceof TypeError ? 'offline' : 'unexpected';
}

export const account = () => myAccountAdapter(backend());

/** Erases the account, then everything of it this browser keeps. */
export async function deleteAccount(): Promise<void> {
  await account().deleteMyAccount();
  await forgetDevice();
}
