import { createSundhedClient, type SundhedClient } from '@sundhed/supabase';

/*
 * The one supabase-js client of a page, made on first use: only pages that sign in, sync or chat
 * load it (a dynamic import), so content pages keep their byte budget. Which project it talks to
 * was fixed at build time (site/src/integrations/supabaseSettings.ts).
 */

let client: SundhedClient | undefined;

export function backend(): SundhedClient {
  client ??= createSundhedClient({
    url: import.meta.env.PUBLIC_SUPABASE_URL,
    anonKey: import.meta.env.PUBLIC_SUPABASE_ANON_KEY,
  });
  return client;
}
