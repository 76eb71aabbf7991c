import { randomUUID } from 'node:crypto';
import { createClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chatAdapter,
  createSundhedClient,
  type Database,
  progressAdapter,
  type SundhedClient,
  schedulingAdapter,
} from '../../src/index.ts';

/*
 * The adapters against a real Supabase project with these migrations applied: sign-in through
 * GoTrue, the functions through PostgREST, a chat message through Realtime. Runs only when
 * SUPABASE_URL, SUPABASE_ANON_KEY and SUPABASE_SERVICE_ROLE_KEY are set; it makes two users and a
 * team and deletes them afterwards.
 */

const url = process.env.SUPABASE_URL ?? '';
const anonKey = process.env.SUPABASE_ANON_KEY ?? '';
const serviceKey = process.env.SUPABASE_SERVICE_ROLE_KEY ?? '';
const configured = Boolean(url && anonKey && serviceKey);
if (!configured) {
  console.log(
    'Supabase smoke suite skipped: set SUPABASE_URL, SUPABASE_ANON_KEY and SUPABASE_SERVICE_ROLE_KEY to run it against a real project.',
  );
}

describe.skipIf(!configured)('against a real Supabase project (SUPABASE_URL)', () => {
  const service = configured
    ? createClient<Database>(url, serviceKey, { auth: { persistSession: false, autoRefreshToken: false } })
    : undefined;
  const password = `Smoke-${randomUUID()}`;
  const made: string[] = [];
  let team = '';
  let citizen: SundhedClient;

  async function user(role: 'citizen' | 'professional', name: string) {
    const email = `smoke-${randomUUID()}@example.test`;
    const { data, error } = await (service as NonNullable<typeof service>).auth.admin.createUser({
      email,
      password,
      email_confirm: true,
      user_metadata: { display_name: name },
    });
    if (error || !data.user) throw error ?? new Error('no user');
    made.push(data.user.id);
    await service?.from('profiles').update({ role, municipality: 'kolding' }).eq('id', data.user.id);
    const client = createSundhedClient({ url, anonKey, persistSession: false });
    const signIn = await client.auth.signInWithPassword({ email, password });
    if (signIn.error) throw signIn.error;
    return { id: data.user.id, client };
  }

  beforeAll(async () => {
    const created = await service
      ?.from('teams')
      .insert({ name: 'Smoke-team', municipality: 'kolding' })
      .select('id')
      .single();
    team = created?.data?.id ?? '';
    citizen = (await user('citizen', 'Smoke-borger')).client;
  });

  afterAll(async () => {
    for (const id of made) await service?.auth.admin.deleteUser(id);
    if (team) await service?.from('teams').delete().eq('id', team);
  });

  it('registers for an open webinar and sees it among upcoming ones', async () => {
    const created = await service
      ?.from('webinar_sessions')
      .insert({
        team_id: team,
        title: 'Smoke-webinar',
        starts_at: new Date(Date.now() + 86_400_000).toISOString(),
        ends_at: new Date(Date.now() + 90_000_000).toISOString(),
        capacity: 1,
      })
      .select('id')
      .single();
    const webinar = created?.data?.id ?? '';
    const scheduling = schedulingAdapter(citizen);
    expect((await scheduling.upcomingWebinars()).map(({ id }) => id)).toContain(webinar);
    expect(await scheduling.register(webinar)).toBe('registered');
    await scheduling.cancel(webinar);
  });

  it('sends progress and gets a chat message back through Realtime', async () => {
    await progressAdapter(citizen).send([
      {
        lesson: 'maal-dit-blodsukker',
        status: 'completed',
        location: '',
        suspendData: '',
        score: 100,
        updatedAt: new Date().toISOString(),
      },
    ]);
    const chat = chatAdapter(citizen);
    const thread = await chat.openCareThread(team, 'Smoke-spørgsmål');
    const arrived = new Promise<string>((resolve) => {
      const stop = chat.onMessage(thread, (message) => {
        void stop();
        resolve(message.body ?? '');
      });
    });
    // Give the subscription a moment to be in place before writing.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await chat.send(thread, 'Hej fra smoke-testen');
    expect(await arrived).toBe('Hej fra smoke-testen');
  });
});
