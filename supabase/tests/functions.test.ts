import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import webpush from 'web-push';
import { vapidSettings } from '../../functions/lib/pushSender.ts';
import { functionSettings } from '../../functions/lib/settings.ts';
import { type FunctionsServer, startFunctions } from '../../scripts/backend/functionsServer.ts';
import { mailsTo } from '../../scripts/backend/mailInbox.ts';
import { freePort } from '../../scripts/testdb/freePort.ts';
import { calendarFeedPath } from '../src/index.ts';
import { browserKeys, fakePushService } from './harness/fakePushService.ts';
import { authStandIn } from './standIns/authHarness.ts';

/*
 * The functions under functions/ as `npm start` serves them: through Netlify's own local emulation,
 * with their settings from the environment, against the local stack.
 */

const stack = authStandIn();
let functions: FunctionsServer;
let pushService: Awaited<ReturnType<typeof fakePushService>>;
const vapid = webpush.generateVAPIDKeys();
const saved = { ...process.env };

beforeAll(async () => {
  pushService = await fakePushService();
  functions = await startFunctions({
    port: await freePort(),
    env: {
      SUPABASE_URL: stack.context.url,
      SUPABASE_ANON_KEY: stack.anonKey,
      SUPABASE_SERVICE_ROLE_KEY: stack.serviceKey,
      SMTP_URL: `smtp://127.0.0.1:${stack.context.inbox.smtpPort}`,
      MAIL_FROM: 'Sundhedscenter <noreply@sundhedscenter.local>',
      SITE_URL: 'https://sundhed.example',
      VAPID_PUBLIC_KEY: vapid.publicKey,
      VAPID_PRIVATE_KEY: vapid.privateKey,
      VAPID_SUBJECT: 'mailto:drift@sundhedscenter.local',
    },
  });
}, 120_000);
afterAll(async () => {
  await functions?.stop();
  await pushService?.close();
  process.env = saved;
});

describe('functions through Netlify’s local emulation', () => {
  it('GET /api/health: configured and Supabase reachable', async () => {
    const response = await fetch(`${functions.url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, supabase: 'reachable' });
  });

  it('refuses other methods, and answers 404 where no function is', async () => {
    const post = await fetch(`${functions.url}/api/health`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect((await fetch(`${functions.url}/api/findes-ikke`)).status).toBe(404);
  });

  it('says which setting is missing, never a value', async () => {
    const key = process.env.SUPABASE_ANON_KEY;
    delete process.env.SUPABASE_ANON_KEY;
    try {
      const response = await fetch(`${functions.url}/api/health`);
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ ok: false, error: 'Missing environment variables: SUPABASE_ANON_KEY' });
    } finally {
      process.env.SUPABASE_ANON_KEY = key;
    }
  });
});

describe('the scheduled notice sender', () => {
  it('mails a citizen who got a seat from the waitlist: that there is news and where, nothing else; once', async () => {
    const { ids, callers } = stack.file.world;
    const db = stack.file.db;
    await db.owner.query('update public.webinar_sessions set capacity = 1 where id = $1', [ids.openSession]);
    await db.owner.query('update auth.users set email_confirmed_at = now() where id = $1', [ids.citizenC]);
    await db.request(callers.citizenC, 'select public.register_for_session($1)', [ids.openSession]);
    await db.request(callers.citizenA, 'select public.cancel_registration($1)', [ids.openSession]);
    const run = await fetch(`${functions.url}/.netlify/functions/send-notifications`);
    expect(await run.json()).toEqual({ queued: 0, sent: 1, pushed: 0, failed: 0 });
    const email = `${ids.citizenC}@example.test`;
    const [mail] = await mailsTo(stack.context.inbox.url, email);
    expect(mail?.subject).toBe('Nyt fra Sundhedscenter / News from Sundhedscenter');
    expect(mail?.text).toContain('Du har fået en plads på et webinar');
    expect(mail?.text).toContain('https://sundhed.example/webinarer/');
    // No title, no time, nothing about health.
    expect(mail?.text).not.toContain('Mad og blodsukker');
    expect(mail?.text).not.toMatch(/blodsukker|diabetes|\d{1,2}[.:]\d{2}/i);
    const again = await fetch(`${functions.url}/.netlify/functions/send-notifications`);
    expect(await again.json()).toEqual({ queued: 0, sent: 0, pushed: 0, failed: 0 });
    expect(await mailsTo(stack.context.inbox.url, email)).toHaveLength(1);
  });

  it("tells a citizen the team has answered, without the answer or the conversation's title", async () => {
    const { ids, callers } = stack.file.world;
    const db = stack.file.db;
    await db.owner.query('update auth.users set email_confirmed_at = now() where id = $1', [ids.citizenA]);
    await db.request(callers.proIn, 'select public.send_message($1, $2)', [ids.thread, 'Tag 500 mg metformin']);
    const run = await fetch(`${functions.url}/.netlify/functions/send-notifications`);
    expect(await run.json()).toMatchObject({ sent: 1, failed: 0 });
    const [mail] = await mailsTo(stack.context.inbox.url, `${ids.citizenA}@example.test`);
    expect(mail?.text).toContain('Du har fået en ny besked fra dit sundhedsteam.');
    expect(mail?.text).toContain('https://sundhed.example/beskeder/');
    expect(mail?.text).not.toMatch(/metformin|insulin|500 mg/i);
  });

  it('pushes the same notice, encrypted for each browser with VAPID, and forgets a browser that is gone', async () => {
    const { ids, callers } = stack.file.world;
    const db = stack.file.db;
    const phone = browserKeys();
    const oldPc = browserKeys();
    await db.owner.query(
      `insert into public.push_subscriptions (endpoint, profile_id, p256dh, auth) values ($1, $2, $3, $4), ($5, $2, $6, $7)`,
      [
        `${pushService.url}/ok/phone`,
        ids.citizenB,
        phone.p256dh,
        phone.auth,
        `${pushService.url}/gone/pc`,
        oldPc.p256dh,
        oldPc.auth,
      ],
    );
    // Bent has no confirmed address: push only. The team answers him.
    const [thread] = (
      await db.owner.query<{ id: string }>(
        `insert into public.threads (kind, team_id, citizen_id, title) values ('care', $1, $2, 'Om søvn') returning id`,
        [ids.otherTeam, ids.citizenB],
      )
    ).rows;
    await db.owner.query('insert into public.inbox_state (thread_id) values ($1)', [thread?.id]);
    await db.request(callers.proOut, 'select public.send_message($1, $2)', [thread?.id, 'Sov 8 timer, tag melatonin']);
    const run = await fetch(`${functions.url}/.netlify/functions/send-notifications`);
    expect(await run.json()).toMatchObject({ sent: 0, pushed: 1, failed: 0 });

    const [push] = pushService.received.filter(({ path }) => path === '/ok/phone');
    expect(push?.headers['content-encoding']).toBe('aes128gcm');
    expect(push?.headers.ttl).toBe('86400');
    expect(push?.headers.authorization).toMatch(
      new RegExp(`^vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=${vapid.publicKey}$`),
    );
    const message = JSON.parse(phone.decrypt(push?.body ?? Buffer.alloc(0)));
    expect(message).toEqual({
      title: 'Sundhedscenter',
      body: 'Du har fået en ny besked fra dit sundhedsteam.',
      lang: 'da',
      url: 'https://sundhed.example/beskeder/',
    });
    expect(JSON.stringify(message)).not.toMatch(/melatonin|søvn|8 timer/i);
    // The push service said the old PC's subscription is gone: it is forgotten.
    const left = await db.owner.query('select endpoint from public.push_subscriptions where profile_id = $1', [
      ids.citizenB,
    ]);
    expect(left.rows).toEqual([{ endpoint: `${pushService.url}/ok/phone` }]);
  });
});

describe('the calendar feed', () => {
  it('is served at its path: /api/kalender/<secret>.ics', async () => {
    const { callers } = stack.file.world;
    const { rows } = await stack.file.db.request<{ secret: string }>(
      callers.citizenA,
      'select public.renew_calendar_feed() as secret',
    );
    const response = await fetch(`${functions.url}${calendarFeedPath(rows[0]?.secret ?? '')}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(await response.text()).toContain('BEGIN:VEVENT');
    expect((await fetch(`${functions.url}/api/kalender/ikke-en-hemmelighed.ics`)).status).toBe(404);
  });
});

describe('the meeting and publish functions', () => {
  it('are served at /api/moede and /api/publish, and refuse what they must before anything else', async () => {
    const moede = await fetch(`${functions.url}/api/moede`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'webinar', id: stack.file.world.ids.openSession }),
    });
    expect(moede.status).toBe(401);
    const publish = await fetch(`${functions.url}/api/publish`);
    expect(publish.status).toBe(405);
    expect(publish.headers.get('allow')).toBe('POST');
  });
});

describe('function settings', () => {
  it('take the VAPID keys for push all together or not at all, and never show a value', () => {
    expect(vapidSettings({})).toBeUndefined();
    expect(() => vapidSettings({ VAPID_PUBLIC_KEY: 'offentlig' })).toThrow(
      'Web push needs all of VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY, VAPID_SUBJECT; missing: VAPID_PRIVATE_KEY, VAPID_SUBJECT',
    );
    const keys = { VAPID_PUBLIC_KEY: 'offentlig', VAPID_PRIVATE_KEY: 'hemmelig' };
    expect(() => vapidSettings({ ...keys, VAPID_SUBJECT: 'drift' })).toThrow('mailto: or https:');
    expect(() => vapidSettings({ ...keys, VAPID_SUBJECT: 'drift' })).not.toThrow(/hemmelig/);
    expect(vapidSettings({ ...keys, VAPID_SUBJECT: 'mailto:drift@kommune.dk' })).toEqual({
      publicKey: 'offentlig',
      privateKey: 'hemmelig',
      subject: 'mailto:drift@kommune.dk',
    });
  });

  it('need the Supabase address and anon key, as an http(s) address', () => {
    expect(() => functionSettings({})).toThrow('Missing environment variables: SUPABASE_URL, SUPABASE_ANON_KEY');
    expect(() => functionSettings({ SUPABASE_URL: 'supabase', SUPABASE_ANON_KEY: 'k' })).toThrow(/http\(s\)/);
    expect(functionSettings({ SUPABASE_URL: 'https://x.supabase.co', SUPABASE_ANON_KEY: 'k' })).toEqual({
      supabaseUrl: 'https://x.supabase.co',
      anonKey: 'k',
    });
  });
});
