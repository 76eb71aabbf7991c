// A relative import, so the bundler puts the adapters (TypeScript) inside the function.
import { createSundhedClient } from '../supabase/src/index.ts';
import { functionSettings, MissingSettings } from './lib/settings.ts';

/*
 * GET /api/health: whether the functions are configured and reach Supabase, for deploy checks and
 * uptime monitors. Says which setting is missing, never its value, and nothing about anyone.
 */

export default async function health(request: Request): Promise<Response> {
  if (request.method !== 'GET') return Response.json({ error: 'Use GET' }, { status: 405, headers: { Allow: 'GET' } });
  let settings: ReturnType<typeof functionSettings>;
  try {
    settings = functionSettings();
  } catch (error) {
    const message = error instanceof MissingSettings ? error.message : 'The function settings are invalid';
    return Response.json({ ok: false, error: message }, { status: 500 });
  }
  const client = createSundhedClient({ url: settings.supabaseUrl, anonKey: settings.anonKey, persistSession: false });
  const { error } = await client.from('lessons').select('id', { head: true, count: 'exact' });
  return error
    ? Response.json({ ok: false, supabase: 'unreachable' }, { status: 503 })
    : Response.json({ ok: true, supabase: 'reachable' });
}

export const config = { path: '/api/health' };
