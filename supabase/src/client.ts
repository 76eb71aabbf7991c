import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import type { Database } from './database.types.ts';

/* The typed supabase-js client every adapter takes. Browsers use the anon key; never the service key. */
export type SundhedClient = SupabaseClient<Database>;

export interface ClientSettings {
  url: string;
  anonKey: string;
  /** For tests: record or answer requests instead of sending them. */
  fetch?: typeof fetch;
  /** Server code: keep no session between calls. */
  persistSession?: boolean;
}

export function createSundhedClient({ url, anonKey, fetch, persistSession = true }: ClientSettings): SundhedClient {
  if (!/^https?:\/\//.test(url)) throw new Error(`SUPABASE_URL must be an http(s) address, not "${url}"`);
  if (!anonKey) throw new Error('The Supabase anon key is missing');
  return createClient<Database>(url, anonKey, {
    auth: { persistSession, autoRefreshToken: persistSession },
    ...(fetch ? { global: { fetch } } : {}),
  });
}
