import { localSupabaseUrl } from '../../src/integrations/supabaseSettings.ts';

/*
 * Where the e2e's own Supabase stack listens: the local address the site is built for by default,
 * and a mail inbox the tests read sign-in codes from. `npm start` must not be running meanwhile
 * (Playwright says so if the port is taken).
 */
export const e2eSupabaseUrl = localSupabaseUrl;
export const e2eInboxUrl = 'http://127.0.0.1:54424';
/** The functions, through Netlify's emulation; a test runs the scheduled ones by calling them. */
export const e2eFunctionsUrl = 'http://127.0.0.1:54488';

/** Where startBackend.ts leaves its database's address for tests that set up their own rows. */
export const e2eStateFile = new URL('../../../.local/e2e-backend.json', import.meta.url);
