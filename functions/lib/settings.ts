/*
 * What every function needs from its environment, checked when the function first runs, with a
 * message that names what is missing and never shows a value. Locally `npm start` sets these for
 * the local stack; on Netlify they are the site's environment variables. The service-role key is
 * optional: only functions that must act for the platform (reminders) ask for it.
 */

export type FunctionSettings = { supabaseUrl: string; anonKey: string; serviceRoleKey?: string };

export class MissingSettings extends Error {
  /** `why`: what needs them, when only some configurations do (a meeting provider). */
  constructor(names: string[], why?: string) {
    super(`Missing environment variables: ${names.join(', ')}${why ? ` (${why})` : ''}`);
    this.name = 'MissingSettings';
  }
}

/** A setting that is there but unusable. The message names the variable, never its value. */
export class InvalidSettings extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidSettings';
  }
}

/** Messages of MissingSettings and InvalidSettings are safe to answer with; anything else is not. */
export const settingsMessage = (error: unknown): string =>
  error instanceof MissingSettings || error instanceof InvalidSettings
    ? error.message
    : 'The function settings are invalid';

export function functionSettings(env: Record<string, string | undefined> = process.env): FunctionSettings {
  const missing = ['SUPABASE_URL', 'SUPABASE_ANON_KEY'].filter((name) => !env[name]?.trim());
  if (missing.length) throw new MissingSettings(missing);
  const supabaseUrl = String(env.SUPABASE_URL).trim();
  if (!/^https?:\/\/[^/]+/.test(supabaseUrl)) throw new Error('SUPABASE_URL must be an http(s) address');
  const serviceRoleKey = env.SUPABASE_SERVICE_ROLE_KEY?.trim();
  return { supabaseUrl, anonKey: String(env.SUPABASE_ANON_KEY).trim(), ...(serviceRoleKey ? { serviceRoleKey } : {}) };
}
