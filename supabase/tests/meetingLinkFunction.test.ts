import { createHash, createHmac } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import meetingLink from '../../functions/meeting-link.ts';
import { startGateway } from '../../scripts/backend/gateway.ts';
import { newJwtSecret, signJwt } from '../../scripts/backend/jwt.ts';
import { type Postgrest, startPostgrest } from '../../scripts/backend/postgrest.ts';
import { freePort } from '../../scripts/testdb/freePort.ts';
import { fakeBigBlueButton } from './harness/fakeBigBlueButton.ts';
import type { PersonaName } from './harness/fixtures.ts';
import { worldPerFile } from './harness/worldPerFile.ts';

/*
 * The meeting function (functions/meeting-link.ts) called with real requests, against the test
 * file's own database through real PostgREST and the local gateway, as a person with their own
 * access token: the database decides who may join and when; the function makes the configured
 * provider's address. BigBlueButton is a stand-in server that checks checksums as the docs say.
 */

const file = worldPerFile();
const jwtSecret = newJwtSecret();
const exp = Math.floor(Date.now() / 1000) + 3600;
const anonKey = signJwt({ role: 'anon', exp }, jwtSecret);
const bbbSecret = `${'b'.repeat(20)}hemmelig-delt-nøgle-til-bbb`;
const jitsiSecret = `${'j'.repeat(24)}hemmelig-jitsi-nøgle`;
const saved = { ...process.env };
let api: Postgrest;
let gateway: { url: string; stop: () => Promise<void> };
let bbb: Awaited<ReturnType<typeof fakeBigBlueButton>>;
let base: Record<string, string>;

beforeAll(async () => {
  const cluster = inject('supabaseClusterUrl').replace('postgres@', 'authenticator@');
  api = await startPostgrest({ dbUri: `${cluster}/${file.db.name}`, port: await freePort(), jwtSecret });
  gateway = await startGateway({ port: await freePort(), keys: [anonKey], rest: api.url, origins: [] });
  bbb = await fakeBigBlueButton(bbbSecret);
  base = { SUPABASE_URL: gateway.url, SUPABASE_ANON_KEY: anonKey };
  process.env = { ...saved, ...base };
});
afterEach(() => {
  process.env = { ...saved, ...base };
});
afterAll(async () => {
  process.env = saved;
  await bbb?.close();
  await gateway?.stop();
  api?.stop();
});

/** The provider's variables for one test, over the Supabase ones. */
const useEnv = (env: Record<string, string>) => {
  process.env = { ...saved, ...base, ...env };
};
const tokenOf = (persona: PersonaName) =>
  signJwt({ role: 'authenticated', sub: file.world.ids[persona as 'citizenA'], exp }, jwtSecret);

type Options = { token?: string | null; method?: string; contentType?: string; raw?: string };
function post(body: unknown, { token, method = 'POST', contentType = 'application/json', raw }: Options = {}) {
  const headers = new Headers({ 'Content-Type': contentType });
  if (token) headers.set('Authorization', `Bearer ${token}`);
  return meetingLink(
    new Request('https://sundhed.example/api/moede', {
      method,
      headers,
      ...(method === 'GET' || method === 'HEAD' ? {} : { body: raw ?? JSON.stringify(body) }),
    }),
  );
}
const ask = async (persona: PersonaName, kind: 'webinar' | 'appointment', id: string) => {
  const response = await post({ kind, id }, { token: tokenOf(persona) });
  return { status: response.status, body: (await response.json()) as Record<string, string> };
};

/** Moves a webinar or slot to start `minutes` from now, lasting an hour. */
const startIn = (table: 'webinar_sessions' | 'appointment_slots', id: string, minutes: number) =>
  file.db.owner.query(
    `update public.${table} set starts_at = now() + make_interval(mins => $2),
       ends_at = now() + make_interval(mins => $2 + 60) where id = $1`,
    [id, minutes],
  );

describe('the meeting function: who may join, when (fixed links)', () => {
  it('refuses without a bearer token, or with one the database does not accept, before anything else', async () => {
    const { ids } = file.world;
    const body = { kind: 'webinar', id: ids.openSession };
    for (const token of [null, 'ikke-et-token']) {
      const response = await post(body, { token });
      expect(response.status).toBe(401);
      expect(response.headers.get('WWW-Authenticate')).toBe('Bearer');
    }
    const forged = signJwt({ role: 'authenticated', sub: ids.proIn, exp }, newJwtSecret());
    const expired = signJwt({ role: 'authenticated', sub: ids.proIn, exp: exp - 7200 }, jwtSecret);
    const anon = anonKey;
    for (const token of [forged, expired, anon]) {
      const response = await post(body, { token });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ reason: 'not-signed-in' });
    }
  });

  it('gives the team the link always, the registered citizen from 15 minutes before until the end', async () => {
    const { ids } = file.world;
    // The fixture's webinar is in 2027: the team may enter, Anna (registered) not yet.
    expect(await ask('proIn', 'webinar', ids.openSession)).toEqual({
      status: 200,
      body: { url: 'https://møde.example/mad', provider: 'fixed', role: 'moderator' },
    });
    const early = await ask('citizenA', 'webinar', ids.openSession);
    expect(early.status).toBe(403);
    expect(early.body).toMatchObject({ reason: 'not-open', opensAt: '2027-02-03T15:45:00Z' });

    await startIn('webinar_sessions', ids.openSession, 20);
    expect((await ask('citizenA', 'webinar', ids.openSession)).body.reason).toBe('not-open');
    await startIn('webinar_sessions', ids.openSession, 10);
    expect(await ask('citizenA', 'webinar', ids.openSession)).toEqual({
      status: 200,
      body: { url: 'https://møde.example/mad', provider: 'fixed', role: 'viewer' },
    });
    await startIn('webinar_sessions', ids.openSession, -61);
    expect((await ask('citizenA', 'webinar', ids.openSession)).body.reason).toBe('not-open');
    await startIn('webinar_sessions', ids.openSession, 5);
  });

  it('refuses citizens who are not registered, and does not tell others a cohort webinar exists', async () => {
    const { ids } = file.world;
    for (const persona of ['citizenB', 'citizenC'] as const) {
      const { status, body } = await ask(persona, 'webinar', ids.openSession);
      expect([persona, status, body.reason]).toEqual([persona, 403, 'not-registered']);
    }
    // Cecilie is not in the cohort, Ole not in the team: no such meeting for them.
    expect((await ask('citizenC', 'webinar', ids.cohortSession)).status).toBe(404);
    expect((await ask('proOut', 'webinar', ids.cohortSession)).status).toBe(404);
    expect((await ask('citizenA', 'webinar', '00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('gives a session’s link to the citizen who booked it inside the window, the team always, nobody else', async () => {
    const { ids } = file.world;
    expect((await ask('proIn', 'appointment', ids.slot)).body).toEqual({
      url: 'https://video.example/a',
      provider: 'fixed',
      role: 'moderator',
    });
    expect((await ask('citizenA', 'appointment', ids.slot)).body.reason).toBe('not-open');
    await startIn('appointment_slots', ids.slot, 10);
    expect((await ask('citizenA', 'appointment', ids.slot)).body).toMatchObject({ role: 'viewer' });
    for (const persona of ['citizenB', 'citizenC', 'proOut'] as const) {
      expect((await ask(persona, 'appointment', ids.slot)).status, persona).toBe(404);
    }
  });

  it('says 409 when the team has set no link yet', async () => {
    const { ids } = file.world;
    await file.db.owner.query('delete from public.session_links where session_id = $1', [ids.cohortSession]);
    const { status, body } = await ask('proIn', 'webinar', ids.cohortSession);
    expect([status, body.reason]).toEqual([409, 'no-link']);
  });
});

describe('the meeting function: providers', () => {
  it('BigBlueButton: creates the meeting (idempotently), then a signed join as MODERATOR for staff, VIEWER for citizens', async () => {
    const { ids } = file.world;
    useEnv({ MEETING_PROVIDER: 'bigbluebutton', BBB_URL: bbb.apiUrl, BBB_SECRET: bbbSecret });
    await startIn('webinar_sessions', ids.openSession, 5);
    const staff = await ask('proIn', 'webinar', ids.openSession);
    const citizen = await ask('citizenA', 'webinar', ids.openSession);
    expect([staff.status, citizen.status]).toEqual([200, 200]);

    const creates = bbb.calls.filter(({ call }) => call === 'create');
    expect(creates).toHaveLength(2);
    const [first, second] = creates;
    // The same unguessable meeting both times, no recording, a name that says nothing about health.
    expect(first?.params.get('meetingID')).toMatch(/^[0-9a-f]{32}$/);
    expect(second?.params.get('meetingID')).toBe(first?.params.get('meetingID'));
    expect(first?.params.get('record')).toBe('false');
    expect(first?.params.get('name')).toBe('Sundhedscenter: webinar');

    for (const [answer, role, name] of [
      [staff, 'MODERATOR', 'Sygeplejerske Karen'],
      [citizen, 'VIEWER', 'Anna'],
    ] as const) {
      const url = new URL(answer.body.url ?? '');
      expect(`${url.origin}${url.pathname}`).toBe(`${bbb.apiUrl}/join`);
      // The checksum from the documented formula, computed here: sha256("join" + query + secret).
      const [query = '', checksum] = url.search.slice(1).split('&checksum=');
      expect(checksum).toBe(createHash('sha256').update(`join${query}${bbbSecret}`).digest('hex'));
      expect(Object.fromEntries(new URLSearchParams(query))).toEqual({
        fullName: name,
        meetingID: first?.params.get('meetingID'),
        role,
        createTime: bbb.meetings.get(first?.params.get('meetingID') ?? ''),
        redirect: 'true',
      });
      expect(answer.body.url).not.toContain(bbbSecret);
    }
  });

  it('BigBlueButton: a refused create (wrong secret) is a 502 that shows neither the secret nor the server', async () => {
    const { ids } = file.world;
    const wrong = 'w'.repeat(40);
    useEnv({ MEETING_PROVIDER: 'bigbluebutton', BBB_URL: bbb.apiUrl, BBB_SECRET: wrong });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const response = await post({ kind: 'webinar', id: ids.openSession }, { token: tokenOf('proIn') });
      expect(response.status).toBe(502);
      const text = await response.text();
      expect(text).not.toContain(wrong);
      expect(text).not.toContain('127.0.0.1');
      expect(JSON.stringify(logged.mock.calls)).toContain('checksumError');
      expect(JSON.stringify(logged.mock.calls)).not.toContain(wrong);
    } finally {
      logged.mockRestore();
    }
  });

  it('Jitsi with tokens: the room of the meeting and an HS256 token with the moderator claim for staff only', async () => {
    const { ids } = file.world;
    useEnv({
      MEETING_PROVIDER: 'jitsi',
      JITSI_DOMAIN: 'meet.kommune.example',
      JITSI_APP_ID: 'sundhedscenter',
      JITSI_APP_SECRET: jitsiSecret,
    });
    await startIn('appointment_slots', ids.slot, 5);
    const claimsOf = (url: string) => {
      const token = new URL(url).searchParams.get('jwt') ?? '';
      const [header = '', payload = '', signature] = token.split('.');
      expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({ alg: 'HS256', typ: 'JWT' });
      expect(signature).toBe(createHmac('sha256', jitsiSecret).update(`${header}.${payload}`).digest('base64url'));
      return JSON.parse(Buffer.from(payload, 'base64url').toString());
    };
    const staff = await ask('proIn', 'appointment', ids.slot);
    const citizen = await ask('citizenA', 'appointment', ids.slot);
    const staffUrl = new URL(staff.body.url ?? '');
    expect(staffUrl.origin).toBe('https://meet.kommune.example');
    expect(staffUrl.pathname).toMatch(/^\/sundhed-[0-9a-f]{32}$/);
    expect(new URL(citizen.body.url ?? '').pathname).toBe(staffUrl.pathname);
    const staffClaims = claimsOf(staff.body.url ?? '');
    expect(staffClaims).toMatchObject({
      aud: 'jitsi',
      iss: 'sundhedscenter',
      sub: 'meet.kommune.example',
      room: staffUrl.pathname.slice(1),
      moderator: true,
      context: { user: { name: 'Sygeplejerske Karen', moderator: true } },
    });
    const citizenClaims = claimsOf(citizen.body.url ?? '');
    expect(citizenClaims).toMatchObject({ moderator: false, context: { user: { name: 'Anna', moderator: false } } });
    expect(citizenClaims.exp).toBeGreaterThan(Date.now() / 1000);
  });
});

describe('the meeting function: what it refuses before asking anyone', () => {
  const id = '5f0c3c57-3c51-4a8e-9d51-0e1d1f0c2a11';

  it('answers only POST', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const response = await post({ kind: 'webinar', id }, { method, token: tokenOf('proIn') });
      expect(response.status, method).toBe(405);
      expect(response.headers.get('Allow')).toBe('POST');
    }
  });

  it('refuses bad JSON, a wrong kind, an id that is not a uuid and fields it does not take, with 400 and the field', async () => {
    const token = tokenOf('proIn');
    const cases: [string, RegExp][] = [
      ['{"kind": "webinar", ', /not JSON/],
      [JSON.stringify({ kind: 'party', id }), /^kind: /],
      [JSON.stringify({ kind: 'webinar', id: 'abc' }), /^id: /],
      [JSON.stringify({ kind: 'webinar' }), /^id: /],
      [JSON.stringify({ kind: 'webinar', id, role: 'moderator' }), /role/],
      [JSON.stringify([{ kind: 'webinar', id }]), /^body: /],
    ];
    for (const [raw, message] of cases) {
      const response = await post(undefined, { raw, token });
      expect(response.status, raw).toBe(400);
      expect(((await response.json()) as { error: string }).error, raw).toMatch(message);
    }
    const text = await post(undefined, {
      raw: JSON.stringify({ kind: 'webinar', id }),
      token,
      contentType: 'text/plain',
    });
    expect(text.status).toBe(415);
  });

  it('refuses a body over 2 KB with 413, declared or not', async () => {
    const raw = JSON.stringify({ kind: 'webinar', id, padding: 'x'.repeat(2100) });
    expect((await post(undefined, { raw, token: tokenOf('proIn') })).status).toBe(413);
    // Streamed, with no Content-Length: cut off at the cap.
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 5; i += 1) controller.enqueue(new TextEncoder().encode('x'.repeat(1000)));
        controller.close();
      },
    });
    const response = await meetingLink(
      new Request('https://sundhed.example/api/moede', {
        method: 'POST',
        headers: { Authorization: `Bearer ${tokenOf('proIn')}`, 'Content-Type': 'application/json' },
        body: stream,
        duplex: 'half',
      } as RequestInit),
    );
    expect(response.status).toBe(413);
  });

  it('says which settings are missing or wrong with a 500, naming variables and never a value', async () => {
    const body = { kind: 'webinar', id: file.world.ids.openSession };
    const token = tokenOf('proIn');
    const cases: [Record<string, string>, string][] = [
      [
        { MEETING_PROVIDER: 'bigbluebutton' },
        'Missing environment variables: BBB_URL, BBB_SECRET (MEETING_PROVIDER=bigbluebutton needs BBB_URL and BBB_SECRET)',
      ],
      [
        { MEETING_PROVIDER: 'jitsi', JITSI_DOMAIN: 'meet.kommune.example', JITSI_APP_ID: 'sundhedscenter' },
        'Missing environment variables: JITSI_APP_SECRET (Jitsi tokens need JITSI_APP_ID and JITSI_APP_SECRET together)',
      ],
      [{ MEETING_PROVIDER: 'zoom' }, 'MEETING_PROVIDER must be one of fixed, bigbluebutton, jitsi'],
      [
        { BBB_SECRET: bbbSecret },
        'MEETING_PROVIDER is fixed, but BBB_SECRET is set: remove it or choose that provider',
      ],
      [{ SUPABASE_URL: '' }, 'Missing environment variables: SUPABASE_URL'],
    ];
    for (const [env, message] of cases) {
      useEnv(env);
      const response = await post(body, { token });
      expect(response.status, message).toBe(500);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({ error: message });
      expect(text).not.toContain(bbbSecret);
    }
  });
});
