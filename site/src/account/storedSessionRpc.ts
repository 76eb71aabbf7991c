import { storedAccessToken, storedAccount } from '@sundhed/supabase/session';

/*
 * One database function called with the session this device keeps, by a plain request: for light
 * pages (the header's unread count, the appointments on "Mit forløb") that must not load
 * supabase-js. Undefined when there is no valid token (it needs supabase-js to refresh), no
 * connection, a refusal, or when the device was signed out while the answer was on its way.
 */
export async function rpcWithStoredSession<T>(
  name: string,
  args: Record<string, unknown> = {},
): Promise<T | undefined> {
  const account = storedAccount(localStorage);
  const token = storedAccessToken(localStorage);
  if (!account || !token) return undefined;
  try {
    const answer = await fetch(`${import.meta.env.PUBLIC_SUPABASE_URL}/rest/v1/rpc/${name}`, {
      method: 'POST',
      headers: {
        apikey: import.meta.env.PUBLIC_SUPABASE_ANON_KEY,
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(args),
    });
    if (!answer.ok) return undefined;
    const body = (await answer.json()) as T;
    return storedAccount(localStorage)?.userId === account.userId ? body : undefined;
  } catch {
    return undefined;
  }
}
