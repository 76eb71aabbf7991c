import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startGateway } from '../../scripts/backend/gateway.ts';
import { newJwtSecret, signJwt } from '../../scripts/backend/jwt.ts';
import { type Postgrest, startPostgrest } from '../../scripts/backend/postgrest.ts';
import { freePort } from '../../scripts/testdb/freePort.ts';
import { chatAdapter, createSundhedClient, progressAdapter, schedulingAdapter } from '../src/index.ts';
import { worldPerFile } from './harness/worldPerFile.ts';

/*
 * The adapters as the site and functions use them (supabase-js), through the local backend's one
 * origin to the real PostgREST and Postgres. Sign-in comes with the auth stand-in; until then a
 * signed-in user is a token signed with the same secret, as Supabase Auth would issue it.
 */

const file = worldPerFile();
const secret = newJwtSecret();
const exp = Math.floor(Date.now() / 1000) + 3600;
const anonKey = signJwt({ role: 'anon', exp }, secret);
const serviceKey = signJwt({ role: 'service_role', exp }, secret);
const site = 'http://localhost:4321';
let api: Postgrest;
let gateway: { url: string; stop: () => Promise<void> };

beforeAll(async () => {
  const cluster = inject('supabaseClusterUrl').replace('postgres@', 'authenticator@');
  api = await startPostgrest({ dbUri: `${cluster}/${file.db.name}`, port: await freePort(), jwtSecret: secret });
  gateway = await startGateway({ port: await freePort(), keys: [anonKey, serviceKey], rest: api.url, origins: [site] });
});
afterAll(async () => {
  await gateway?.stop();
  api?.stop();
});

/** A supabase-js client as the signed-in person would have it. */
const signedIn = (sub: string) =>
  createSundhedClient({
    url: gateway.url,
    anonKey,
    persistSession: false,
    fetch: (input, init) => {
      const headers = new Headers(init?.headers);
      headers.set('Authorization', `Bearer ${signJwt({ role: 'authenticated', sub, exp }, secret)}`);
      return fetch(input, { ...init, headers });
    },
  });

describe('the local backend through its one origin', () => {
  it('serves the adapters: open webinars to anyone, a citizen their own progress and conversation', async () => {
    const anonymous = createSundhedClient({ url: gateway.url, anonKey, persistSession: false });
    const titles = (await schedulingAdapter(anonymous).upcomingWebinars(new Date('2026-01-01'))).map((w) => w.title);
    expect(titles).toEqual(['Mad og blodsukker']);

    const anna = signedIn(file.world.ids.citizenA);
    await progressAdapter(anna).send([
      {
        lesson: 'hvad-er-kol',
        status: 'completed',
        location: '',
        suspendData: '',
        score: 100,
        updatedAt: new Date().toISOString(),
      },
    ]);
    const { data } = await anna.from('progress').select('lesson_id, status').eq('lesson_id', 'hvad-er-kol');
    expect(data).toEqual([{ lesson_id: 'hvad-er-kol', status: 'completed' }]);
    const messages = await chatAdapter(anna).messages(file.world.ids.thread);
    expect(messages.map(({ body, sender_name }) => ({ body, sender_name }))).toEqual([
      { body: 'Hvornår skal jeg måle?', sender_name: 'Anna' },
    ]);
    // Bent, of Odense, sees none of it.
    const bent = signedIn(file.world.ids.citizenB);
    expect((await bent.from('progress').select('lesson_id')).data).toEqual([]);
  });

  it('serves the webinars page: counts and the reader’s own place, the link not months ahead', async () => {
    const anonymous = createSundhedClient({ url: gateway.url, anonKey, persistSession: false });
    const open = await schedulingAdapter(anonymous).webinarsForMe(new Date('2026-01-01'));
    expect(open.map(({ title, seatsLeft, myStatus }) => ({ title, seatsLeft, myStatus }))).toEqual([
      { title: 'Mad og blodsukker', seatsLeft: 19, myStatus: null },
    ]);
    const anna = schedulingAdapter(signedIn(file.world.ids.citizenA));
    const mine = await anna.webinarsForMe(new Date('2026-01-01'));
    expect(mine.map(({ title, forCohort, myStatus }) => ({ title, forCohort, myStatus }))).toEqual([
      { title: 'Holdets første webinar', forCohort: true, myStatus: null },
      { title: 'Mad og blodsukker', forCohort: false, myStatus: 'registered' },
    ]);
    expect(await anna.meetingLink(file.world.ids.openSession)).toBeNull();
  });

  it('refuses a request without a project key, or with a wrong one, as Supabase does', async () => {
    const none = await fetch(`${gateway.url}/rest/v1/lessons`);
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ message: 'No API key found in request' });
    const wrong = await fetch(`${gateway.url}/rest/v1/lessons`, {
      headers: { apikey: signJwt({ role: 'anon' }, newJwtSecret()) },
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ message: 'Invalid API key' });
    const elsewhere = await fetch(`${gateway.url}/storage/v1/object`, { headers: { apikey: anonKey } });
    expect(elsewhere.status).toBe(404);
  });

  it("lets browsers in from the site's origin only, and refuses bodies over 1 MB", async () => {
    const preflight = (origin: string) =>
      fetch(`${gateway.url}/rest/v1/rpc/upsert_progress`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'apikey',
        },
      });
    const fromSite = await preflight(site);
    expect(fromSite.status).toBe(204);
    expect(fromSite.headers.get('access-control-allow-origin')).toBe(site);
    expect(fromSite.headers.get('access-control-allow-headers')).toContain('apikey');
    const fromElsewhere = await preflight('https://angriber.example');
    expect(fromElsewhere.status).toBe(403);
    expect(fromElsewhere.headers.get('access-control-allow-origin')).toBeNull();

    const big = await fetch(`${gateway.url}/rest/v1/rpc/send_message`, {
      method: 'POST',
      headers: { apikey: anonKey, 'Content-Type': 'application/json' },
      body: JSON.stringify({ message: 'x'.repeat(1024 * 1024 + 1) }),
    });
    expect(big.status).toBe(413);
  });
});
