/*
 * Who is signed in on this device, read straight from where supabase-js keeps its session, without
 * loading supabase-js: the header of every page and the progress outbox need only the account's id.
 * The key is ours (createSundhedClient sets it), so it is the same for the local stack and a real
 * project. Reading it proves nothing to the server; every request still carries the token.
 */

export const sessionStorageKey = 'sundhedscenter.auth';

export type StoredAccount = { userId: string; email: string };

type Storage = Pick<globalThis.Storage, 'getItem'>;

/** The account whose session this device keeps (even if its access token needs a refresh), or undefined. */
export function storedAccount(storage: Storage): StoredAccount | undefined {
  try {
    const session: unknown = JSON.parse(storage.getItem(sessionStorageKey) ?? 'null');
    if (typeof session !== 'object' || session === null) return undefined;
    const { user, refresh_token: refreshToken } = session as {
      user?: { id?: unknown; email?: unknown };
      refresh_token?: unknown;
    };
    if (typeof refreshToken !== 'string' || typeof user?.id !== 'string') return undefined;
    return { userId: user.id, email: typeof user.email === 'string' ? user.email : '' };
  } catch {
    return undefined;
  }
}

/**
 * The stored session's access token while it stays valid for `atLeastMs` more, for a light request
 * without supabase-js (the header's unread count); undefined when it needs a refresh.
 */
export function storedAccessToken(storage: Storage, atLeastMs = 60_000): string | undefined {
  try {
    const session = JSON.parse(storage.getItem(sessionStorageKey) ?? 'null') as {
      access_token?: unknown;
      expires_at?: unknown;
    } | null;
    const { access_token: token, expires_at: expiresAt } = session ?? {};
    return typeof token === 'string' && typeof expiresAt === 'number' && expiresAt * 1000 > Date.now() + atLeastMs
      ? token
      : undefined;
  } catch {
    return undefined;
  }
}
