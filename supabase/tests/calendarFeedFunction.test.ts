import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import calendarFeed from '../../functions/calendar-feed.ts';
import { startGateway } from '../../scripts/backend/gateway.ts';
import { newJwtSecret, signJwt } from '../../scripts/backend/jwt.ts';
import { type Postgrest, startPostgrest } from '../../scripts/backend/postgrest.ts';
import { freePort } from '../../scripts/testdb/freePort.ts';
import { calendarFeedAdapter, calendarFeedPath, createSundhedClient } from '../src/index.ts';
import { worldPerFile } from './harness/worldPerFile.ts';

/*
 * The calendar feed function (functions/calendar-feed.ts) called with real requests, against the
 * test file's own database through real PostgREST and the local gateway, with the service-role key
 * in its environment as on Netlify. The secret is made by the adapter as the webinars page makes it.
 */

const file = worldPerFile();
const jwtSecret = newJwtSecret();
const exp = Math.floor(Date.now() / 1000) + 3600;
const anonKey = signJwt({ role: 'anon', exp }, jwtSecret);
const serviceKey = signJwt({ role: 'service_role', exp }, jwtSecret);
const saved = { ...process.env };
let api: Postgrest;
let gateway: { url: string; stop: () => Promise<void> };

beforeAll(async () => {
  const cluster = inject('supabaseClusterUrl').replace('postgres@', 'authenticator@');
  api = await startPostgrest({ dbUri: `${cluster}/${file.db.name}`, port: await freePort(), jwtSecret });
  gateway = await startGateway({ port: await freePort(), keys: [anonKey, serviceKey], rest: api.url, origins: [] });
  Object.assign(process.env, {
    SUPABASE_URL: gateway.url,
    SUPABASE_ANON_KEY: anonKey,
    SUPABASE_SERVICE_ROLE_KEY: serviceKey,
  });
});
afterAll(async () => {
  process.env = saved;
  await gateway?.stop();
  api?.stop();
});

/** The calendar feed adapter as a signed-in person's page has it. */
const feedOf = (sub: string) =>
  calendarFeedAdapter(
    createSundhedClient({
      url: gateway.url,
      anonKey,
      persistSession: false,
      fetch: (input, init) => {
        const headers = new Headers(init?.headers);
        headers.set('Authorization', `Bearer ${signJwt({ role: 'authenticated', sub, exp }, jwtSecret)}`);
        return fetch(input, { ...init, headers });
      },
    }),
  );

const get = (path: string, method = 'GET') => calendarFeed(new Request(`https://sundhed.example${path}`, { method }));
/** A content line as a calendar reads it: folded lines joined again. */
const unfolded = (text: string) => text.replaceAll('\r\n ', '').split('\r\n');

describe('the calendar feed function', () => {
  it('answers a person’s feed as iCalendar text a calendar subscribes to: folded, escaped, in UTC, no link', async () => {
    const { ids } = file.world;
    const title = 'Mad, blodsukker; og "søde" sager \\ en lang titel om kost, motion og hverdagens små valg ved bordet';
    await file.db.owner.query('update public.webinar_sessions set title = $2 where id = $1', [ids.openSession, title]);
    const anna = feedOf(ids.citizenA);
    expect(await anna.madeAt()).toBeNull();
    const secret = await anna.renew();
    expect(await anna.madeAt()).toEqual(expect.any(String));

    const response = await get(calendarFeedPath(secret));
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('Cache-Control')).toBe('private, max-age=900');
    const text = await response.text();
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    // CRLF only, and no line over 75 octets (Danish letters are two).
    const lines = text.slice(0, -2).split('\r\n');
    expect(lines.filter((line) => line.includes('\n') || line.includes('\r'))).toEqual([]);
    expect(lines.filter((line) => Buffer.byteLength(line) > 75)).toEqual([]);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);

    const content = unfolded(text);
    expect(content).toContain('X-WR-CALNAME:Sundhedscenter: webinarer og samtaler');
    // A webinar by what it is, not its title: a subscribed feed is kept by the calendar's company.
    expect(content).toContain('SUMMARY:Webinar (Sundhedscenter)');
    expect(text).not.toMatch(/blodsukker|kost/i);
    // The booked start-session, then the webinar: stable UIDs, UTC times.
    expect(content.filter((line) => line.startsWith('UID:'))).toEqual([
      `UID:samtale-${ids.appointment}@sundhedscenter`,
      `UID:webinar-${ids.openSession}@sundhedscenter`,
    ]);
    expect(content).toContain('SUMMARY:Startsamtale (Sundhedscenter)');
    expect(content).toContain('DTSTART:20270203T160000Z');
    expect(content).toContain('DTEND:20270203T170000Z');
    expect(content.filter((line) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(line))).toHaveLength(2);
    expect(text).not.toMatch(/https?:|møde\.example|video\.example|URL:/);

    // Asked again, the same events under the same UIDs.
    const again = unfolded(await (await get(calendarFeedPath(secret))).text());
    expect(again.filter((line) => line.startsWith('UID:'))).toEqual(content.filter((line) => line.startsWith('UID:')));
  });

  it('gives a renewed-away, stopped or unknown secret the same 404 as a malformed path, never showing it', async () => {
    const anna = feedOf(file.world.ids.citizenA);
    const old = await anna.renew();
    const current = await anna.renew();
    const answers = [];
    for (const secret of [old, '0'.repeat(64)]) answers.push(await get(calendarFeedPath(secret)));
    await anna.revoke();
    answers.push(await get(calendarFeedPath(current)));
    answers.push(await get('/api/kalender/ikke-en-hemmelighed.ics'));
    const bodies = await Promise.all(answers.map((answer) => answer.text()));
    expect(answers.map(({ status }) => status)).toEqual([404, 404, 404, 404]);
    expect(new Set(bodies).size).toBe(1);
    expect(bodies[0]).not.toContain(old);
    expect(bodies[0]).not.toContain(current);
  });

  it('answers a malformed path without reading its settings or asking the database', async () => {
    const secret = 'a'.repeat(64);
    const env = { ...process.env };
    // Without settings any lookup would fail with 500: a 404 means none was made.
    delete process.env.SUPABASE_URL;
    delete process.env.SUPABASE_SERVICE_ROLE_KEY;
    try {
      for (const path of [
        '/api/kalender/',
        '/api/kalender/abc.ics',
        `/api/kalender/${secret.toUpperCase()}.ics`,
        `/api/kalender/${secret}`,
        `/api/kalender/${secret}.ics/mere`,
        `/api/kalender/${secret}0.ics`,
      ]) {
        expect((await get(path)).status, path).toBe(404);
      }
      expect((await get(calendarFeedPath(secret))).status).toBe(500);
    } finally {
      process.env = env;
    }
  });

  it('refuses other methods than GET', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'HEAD']) {
      const response = await get(calendarFeedPath('b'.repeat(64)), method);
      expect(response.status, method).toBe(405);
      expect(response.headers.get('Allow')).toBe('GET');
    }
  });

  it('says the database is out of reach without writing the secret to the log', async () => {
    const secret = await feedOf(file.world.ids.citizenC).renew();
    const env = { ...process.env };
    process.env.SUPABASE_URL = `http://127.0.0.1:${await freePort()}`;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const response = await get(calendarFeedPath(secret));
      expect(response.status).toBe(503);
      expect(await response.text()).not.toContain(secret);
      expect(logged).toHaveBeenCalled();
      expect(JSON.stringify(logged.mock.calls)).not.toContain(secret);
    } finally {
      logged.mockRestore();
      process.env = env;
    }
  });
});
