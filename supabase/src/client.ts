import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import type { Database } from './database.types.ts';
import { sessionStorageKey } from './session.ts';

/* The typed supabase-js client every adapter takes. Browsers use the anon key; never the service key. */
export type SundhedClient = SupabaseClient<Database>;

export interface ClientSettings {
  url: string;
  anonKey: string;
  /** For tests: record or answer requests instead of sending them. */
  fetch?: typeof fetch;
  /** Server code: keep no session between calls. */
  persistSession?: boolean;
  /** Where the session is kept; the browser's localStorage unless given (tests). */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  /**
   * Server code acting as a signed-in person (the meeting function): their access token, sent with
   * every request, so the database's rules apply to them and not to the server.
   */
  accessToken?: string;
}

export function createSundhedClient({
  url,
  anonKey,
  fetch,
  persistSession = true,
  storage,
  accessToken,
}: ClientSettings): SundhedClient {
  if (!/^https?:\/\//.test(url)) throw new Error(`SUPABASE_URL must be an http(s) address, not "${url}"`);
  if (!anonKey) throw new Error('The Supabase anon key is missing');
  return createClient<Database>(url, anonKey, {
    auth: {
      persistSession,
      autoRefreshToken: persistSession,
      storageKey: sessionStorageKey,
      // Custom OIDC providers (MitID through a broker) use PKCE; e-mail codes work in either flow.
      flowType: 'pkce',
      ...(storage ? { storage } : {}),
    },
    global: {
      ...(fetch ? { fetch } : {}),
      ...(accessToken ? { headers: { Authorization: `Bearer ${accessToken}` } } : {}),
    },
  });
}
