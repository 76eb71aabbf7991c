/*
 * What every function needs from its environment, checked when the function first runs, with a
 * message that names what is missing and never shows a value. Locally `npm start` sets these for
 * the local stack; on Netlify they are the site's environment variables. The service-role key is
 * optional: only functions that must act for the platform (reminders) ask for it.
 */

export type FunctionSettings = { supabaseUrl: string; anonKey: string; serviceRoleKey?: string };

export class MissingSettings extends Error {
  constructor(names: string[]) {
    super(`Missing environment variables: ${names.join(', ')}`);
    this.name = 'MissingSettings';
  }
}

export function functionSettings(env: Record<string, string | undefined> = process.env): FunctionSettings {
  const missing = ['SUPABASE_URL', 'SUPABASE_ANON_KEY'].filter((name) => !env[name]?.trim());
  if (missing.length) throw new MissingSettings(missing);
  const supabaseUrl = String(env.SUPABASE_URL).trim();
  if (!/^https?:\/\/[^/]+/.test(supabaseUrl)) throw new Error('SUPABASE_URL must be an http(s) address');
  const serviceRoleKey = env.SUPABASE_SERVICE_ROLE_KEY?.trim();
  return { supabaseUrl, anonKey: String(env.SUPABASE_ANON_KEY).trim(), ...(serviceRoleKey ? { serviceRoleKey } : {}) };
}
