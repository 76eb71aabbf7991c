import { signInAdapter, storedAccount } from '@sundhed/supabase';
import { queuedMessages } from '../chat/chatOutbox.ts';
import { backend } from './backend.ts';
import { syncProgress } from './progressSync.ts';
import { markSynced } from './syncSchedule.ts';
import { forgetDevice, takeOverDevice } from './thisDevice.ts';

/*
 * The sign-in page's steps, loaded when the reader first touches the form (it brings supabase-js).
 * Refusals arrive as SignInError kinds (supabase/src/signIn.ts) for the page to word.
 */

export const sendCode = (email: string) => signInAdapter(backend()).sendCode(email);

type Sync = 'synced' | 'kept';
const trySync = (userId: string): Promise<Sync> =>
  syncProgress(backend(), userId)
    .then((sync) => {
      markSynced();
      return sync;
    })
    .catch((): Sync => 'kept');

/** Checks the code; then this browser's progress joins the account and the account's comes back. */
export async function checkCode(email: string, code: string): Promise<{ email: string; sync: Sync }> {
  const account = await signInAdapter(backend()).checkCode(email, code);
  takeOverDevice(account.userId);
  return { email: account.email, sync: await trySync(account.userId) };
}

/**
 * Signs this device out, after sending what still waits. With `forget`, unsent progress (or chat
 * messages written offline) would be
 * lost: the reader is asked first ('unsent') unless they already said go ahead (`anyway`).
 */
export async function signOut({
  forget,
  anyway,
}: {
  forget: boolean;
  anyway: boolean;
}): Promise<'signed-out' | 'unsent'> {
  const account = storedAccount(localStorage);
  const progressKept = account ? (await trySync(account.userId)) === 'kept' : false;
  // Messages written offline wait in the chat outbox: forgetting the device would lose them too.
  const messagesWaiting = account ? queuedMessages(localStorage, account.userId).length > 0 : false;
  if ((progressKept || messagesWaiting) && forget && !anyway) return 'unsent';
  // Signing out of this device ends the local session first, so it works offline too.
  await signInAdapter(backend())
    .signOut()
    .catch(() => undefined);
  if (forget) await forgetDevice();
  return 'signed-out';
}

/** Off to MitID (through the municipality's broker); the browser comes back to `returnTo`. */
export const startProvider = (provider: `custom:${string}`, returnTo: string) =>
  signInAdapter(backend()).startProvider(provider, returnTo);

/** Back from MitID with a code: signed in, then progress as after a code by e-mail. */
export async function finishProvider(): Promise<{ email: string; sync: Sync }> {
  const account = await signInAdapter(backend()).finishProvider();
  takeOverDevice(account.userId);
  return { email: account.email, sync: await trySync(account.userId) };
}
