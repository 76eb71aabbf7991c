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
}

export function createSundhedClient({
  url,
  anonKey,
  fetch,
  persistSession = true,
  storage,
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
    ...(fetch ? { global: { fetch } } : {}),
  });
}
