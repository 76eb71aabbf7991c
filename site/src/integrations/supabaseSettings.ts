import { localKeys } from '../../../scripts/backend/localKeys.ts';

/*
 * Which Supabase the built site talks to: SUPABASE_URL and SUPABASE_ANON_KEY when set (a real
 * project; both or neither), else the local stack `npm start` runs, with the anon key made from
 * the local secret in `.local/` (never on Netlify). The browser gets only the URL and the anon key,
 * never the service-role key. Checked when the build starts, so a half-configured deploy fails at once.
 */

export const localSupabaseUrl = 'http://127.0.0.1:54321';

export type SupabaseSettings = {
  url: string;
  anonKey: string;
  /** MITID_PROVIDER: the Supabase custom OIDC provider that brokers MitID (README, "MitID"), if any. */
  mitidProvider?: `custom:${string}`;
};

/** Supabase's rule for custom provider identifiers: `custom:`, then lower-case letters, digits, - and :. */
const customProvider = /^custom:[a-z0-9][a-z0-9:-]{0,42}$/;

function mitidProvider(env: NodeJS.ProcessEnv): Pick<SupabaseSettings, 'mitidProvider'> {
  const value = env.MITID_PROVIDER?.trim();
  if (!value) return {};
  if (!customProvider.test(value)) {
    throw new Error(`MITID_PROVIDER must name a Supabase custom provider like "custom:mitid", not "${value}"`);
  }
  return { mitidProvider: value as `custom:${string}` };
}

export function supabaseSettings(env: NodeJS.ProcessEnv = process.env): SupabaseSettings {
  const url = env.SUPABASE_URL?.trim();
  const anonKey = env.SUPABASE_ANON_KEY?.trim();
  if (!url && !anonKey) {
    // Netlify sets NETLIFY=true in its builds: a deployed site must never point at a laptop's stack.
    if (env.NETLIFY === 'true')
      throw new Error('Set SUPABASE_URL and SUPABASE_ANON_KEY in the Netlify site’s environment.');
    return { url: localSupabaseUrl, anonKey: localKeys().anonKey, ...mitidProvider(env) };
  }
  if (!url || !anonKey) {
    throw new Error('Set both SUPABASE_URL and SUPABASE_ANON_KEY (a real project), or neither (the local stack).');
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`SUPABASE_URL must be an http(s) address, not "${url}"`);
  }
  if (!/^https?:$/.test(parsed.protocol)) throw new Error(`SUPABASE_URL must be an http(s) address, not "${url}"`);
  if (keyRole(anonKey) !== 'anon' || anonKey === env.SUPABASE_SERVICE_ROLE_KEY?.trim()) {
    throw new Error('SUPABASE_ANON_KEY must be the anon (publishable) key: the browser must never get another.');
  }
  return { url: parsed.origin, anonKey, ...mitidProvider(env) };
}

/** What a Supabase API key is for: new-style keys say so in their prefix, JWT keys in their `role` claim. */
export function keyRole(key: string): string | undefined {
  if (key.startsWith('sb_publishable_')) return 'anon';
  if (key.startsWith('sb_secret_')) return 'service_role';
  try {
    const role: unknown = JSON.parse(Buffer.from(key.split('.')[1] ?? '', 'base64url').toString('utf8')).role;
    return typeof role === 'string' ? role : undefined;
  } catch {
    return undefined;
  }
}

/** The origins the browser connects to: the API, and its WebSocket for Realtime. */
export function supabaseOrigins({ url }: SupabaseSettings): string[] {
  const origin = new URL(url);
  const socket = new URL(url);
  socket.protocol = origin.protocol === 'https:' ? 'wss:' : 'ws:';
  return [origin.origin, socket.origin];
}
