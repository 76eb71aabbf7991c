import { describe, expect, it } from 'vitest';
import { createSundhedClient, progressAdapter, SignInError, signInAdapter, storedAccount } from '../src/index.ts';
import { authStandIn } from './standIns/authHarness.ts';

/*
 * The sign-in adapter as the site uses it, against the local stack: a code by e-mail, the refusals
 * worded as kinds, the session kept where the header reads it without supabase-js, and progress
 * sent and read back under the signed-in account.
 */

const stack = authStandIn();

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    items,
  };
}

function device() {
  const storage = memoryStorage();
  const client = createSundhedClient({ url: stack.context.url, anonKey: stack.anonKey, storage });
  void client.auth.stopAutoRefresh();
  return { storage, client, signIn: signInAdapter(client) };
}

const refusedAs = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SignInError);
  return (error as SignInError).kind;
};

describe('signing in by a code from the mail', () => {
  it('signs in, keeps the session where storedAccount reads it, and signs this device out', async () => {
    const email = stack.freshEmail('borger');
    const phone = device();
    expect(storedAccount(phone.storage)).toBeUndefined();
    await phone.signIn.sendCode(` ${email.toUpperCase()} `);
    const account = await phone.signIn.checkCode(email, ` ${(await stack.code(email)).replace(/^(\d{3})/, '$1 ')} `);
    expect(storedAccount(phone.storage)).toEqual({ userId: account.userId, email });
    await phone.signIn.signOut();
    expect(storedAccount(phone.storage)).toBeUndefined();
  });

  it('words each refusal as a kind the page can say in Danish and English', async () => {
    const { signIn } = device();
    expect(await refusedAs(signIn.sendCode('ikke-en-adresse'))).toBe('invalid-email');
    const email = stack.freshEmail();
    await signIn.sendCode(email);
    expect(await refusedAs(signIn.checkCode(email, '12345'))).toBe('wrong-or-expired');
    const code = await stack.code(email);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    expect(await refusedAs(signIn.checkCode(email, wrong))).toBe('wrong-or-expired');

    const waiting = createSundhedClient({
      url: await stack.gateway({ maxFrequency: 60 }),
      anonKey: stack.anonKey,
      persistSession: false,
    });
    const other = stack.freshEmail();
    await signInAdapter(waiting).sendCode(other);
    const error = await signInAdapter(waiting)
      .sendCode(other)
      .catch((caught: SignInError) => caught);
    expect(error).toMatchObject({ kind: 'wait' });
    expect((error as SignInError).seconds).toBeGreaterThan(50);

    const offline = createSundhedClient({ url: 'http://127.0.0.1:9', anonKey: stack.anonKey, persistSession: false });
    expect(await refusedAs(signInAdapter(offline).sendCode(other))).toBe('offline');
  });

  it('progress sent on one device is read back on another device of the same account, and no one else’s', async () => {
    const email = stack.freshEmail();
    const phone = device();
    await phone.signIn.sendCode(email);
    await phone.signIn.checkCode(email, await stack.code(email, 1));
    const record = {
      lesson: 'maal-dit-blodsukker',
      status: 'completed' as const,
      location: 'del-2',
      suspendData: '{"q":{}}',
      score: 80,
      updatedAt: '2026-11-27T10:00:00.000Z',
    };
    await progressAdapter(phone.client).send([record]);

    const laptop = device();
    await laptop.signIn.sendCode(email);
    const { userId } = await laptop.signIn.checkCode(email, await stack.code(email, 2));
    expect(await progressAdapter(laptop.client).mine(userId)).toEqual([record]);

    const stranger = device();
    const strangerEmail = stack.freshEmail();
    await stranger.signIn.sendCode(strangerEmail);
    const strangerAccount = await stranger.signIn.checkCode(strangerEmail, await stack.code(strangerEmail));
    expect(await progressAdapter(stranger.client).mine(strangerAccount.userId)).toEqual([]);
    // Asking for the other account's rows by id gives nothing either: row-level security still holds.
    expect(await progressAdapter(stranger.client).mine(userId)).toEqual([]);
  });
});
