import { describe, expect, it } from 'vitest';
import type { Caller } from './harness/database.ts';
import { expectSqlError } from './harness/sqlError.ts';
import { worldPerFile } from './harness/worldPerFile.ts';
import { runMatrix } from './rls/matrix.ts';
import { only } from './rls/targets.ts';

/*
 * A person's private calendar feed: made by the person (the secret shown once, only its hash kept),
 * a new one stopping the old, stopped on request; read by the service role alone, listing only the
 * person's own registered webinars and booked sessions, with no link. An unknown secret and a
 * stopped one look the same.
 */

const file = worldPerFile();
type Event = { kind: string; id: string; title: string | null; starts_at: Date; ends_at: Date };

const renew = async (caller: Caller) =>
  (await file.db.request<{ secret: string }>(caller, 'select public.renew_calendar_feed() as secret')).rows[0]
    ?.secret ?? '';
const revoke = (caller: Caller) => file.db.request(caller, 'select public.revoke_calendar_feed()');
const events = async (secret: string | null, since: string | null = '2026-01-01') =>
  (
    await file.db.request<Event>(file.world.callers.service, 'select * from public.calendar_feed_events($1, $2)', [
      secret,
      since,
    ])
  ).rows;
const noSuchFeed = (secret: string) => expectSqlError(events(secret), 'P0002', 'No such calendar feed.');

describe('a private calendar feed', () => {
  it('gives a secret once and keeps only its hash; a new one stops the old; stopping it leaves nothing', async () => {
    const { callers, ids } = file.world;
    const first = await renew(callers.citizenA);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    const stored = await file.db.owner.query<{ kept: boolean; hashed: boolean }>(
      `select secret_hash::text like '%' || $2 || '%' as kept, secret_hash = extensions.digest($2, 'sha256') as hashed
       from public.calendar_feeds where profile_id = $1`,
      [ids.citizenA, first],
    );
    expect(stored.rows).toEqual([{ kept: false, hashed: true }]);
    expect((await events(first)).length).toBeGreaterThan(0);

    const second = await renew(callers.citizenA);
    expect(second).not.toBe(first);
    await noSuchFeed(first);
    expect((await events(second)).length).toBeGreaterThan(0);
    const feeds = await file.db.owner.query('select 1 from public.calendar_feeds where profile_id = $1', [
      ids.citizenA,
    ]);
    expect(feeds.rowCount).toBe(1);

    await revoke(callers.citizenA);
    await noSuchFeed(second);
    // Stopping twice changes nothing; a secret nobody ever had is refused in the same words.
    await revoke(callers.citizenA);
    await noSuchFeed('0'.repeat(64));
  });

  it('lists only the person’s own registered webinars and booked sessions, soonest first, without links', async () => {
    const { callers, ids } = file.world;
    const { owner } = file.db;
    const webinar = (title: string) =>
      owner
        .query<{ id: string }>(
          `insert into public.webinar_sessions (team_id, title, starts_at, ends_at, capacity)
           values ($1, $2, '2027-03-01 17:00+01', '2027-03-01 18:00+01', 5) returning id`,
          [ids.team, title],
        )
        .then(({ rows }) => rows[0]?.id ?? '');
    // Citizen A waits for one webinar and has cancelled another; citizen C holds a seat in a third.
    const waited = await webinar('Venteliste');
    const cancelled = await webinar('Afmeldt');
    const others = await webinar('Cecilies webinar');
    await owner.query(
      `insert into public.registrations (session_id, citizen_id, status)
       values ($1, $4, 'waiting'), ($2, $4, 'cancelled'), ($3, $5, 'registered')`,
      [waited, cancelled, others, ids.citizenA, ids.citizenC],
    );

    const secret = await renew(callers.citizenA);
    const feed = await events(secret);
    // The booked start-session (2 February), then the open webinar A registered for (3 February);
    // not the cohort's webinar A is not registered for, nor the ones waited for, cancelled or C's.
    expect(feed.map(({ kind, id, title }) => ({ kind, id, title }))).toEqual([
      { kind: 'start', id: ids.appointment, title: null },
      { kind: 'webinar', id: ids.openSession, title: 'Mad og blodsukker' },
    ]);
    expect(feed[0]?.starts_at).toEqual(new Date('2027-02-02T09:00:00Z'));
    expect(feed[0]?.ends_at).toEqual(new Date('2027-02-02T09:45:00Z'));
    expect(Object.keys(feed[0] ?? {})).toEqual(['kind', 'id', 'title', 'starts_at', 'ends_at']);
    // The meeting and video links exist (fixtures) and never appear.
    expect(JSON.stringify(feed)).not.toMatch(/https?:|example/);

    // Over is over; a cancelled session and a cancelled seat leave the feed.
    expect(await events(secret, '2027-12-31')).toEqual([]);
    await file.db.request(callers.citizenA, 'select public.cancel_appointment($1)', [ids.appointment]);
    await file.db.request(callers.citizenA, 'select public.cancel_registration($1)', [ids.openSession]);
    expect(await events(secret)).toEqual([]);
  });

  it('reaches each person’s feed by their own secret only', async () => {
    const { callers, ids } = file.world;
    await file.db.owner.query(
      `update public.registrations set status = 'registered' where session_id = $1 and citizen_id = $2`,
      [ids.openSession, ids.citizenA],
    );
    const anna = await renew(callers.citizenA);
    const cecilie = await renew(callers.citizenC);
    // C's own webinar from the previous test; A's feed and C's share nothing.
    expect((await events(cecilie)).map(({ title }) => title)).toEqual(['Cecilies webinar']);
    expect((await events(anna)).map(({ title }) => title)).toEqual(['Mad og blodsukker']);
    // Stopping C's feed leaves A's working.
    await revoke(callers.citizenC);
    await noSuchFeed(cecilie);
    expect(await events(anna)).toHaveLength(1);
  });

  it('is read by the service role alone; people see only whether they have a feed, never its hash', async () => {
    const { callers, ids } = file.world;
    const secret = await renew(callers.citizenA);
    for (const caller of [callers.anon, callers.citizenA, callers.citizenB, callers.proIn, callers.admin]) {
      await expectSqlError(
        file.db.request(caller, 'select * from public.calendar_feed_events($1, now())', [secret]),
        '42501',
        'permission denied',
      );
    }
    await expectSqlError(
      file.db.request(callers.anon, 'select public.renew_calendar_feed()'),
      '42501',
      'permission denied',
    );
    await expectSqlError(
      file.db.request(callers.anon, 'select public.revoke_calendar_feed()'),
      '42501',
      'permission denied',
    );
    await expectSqlError(
      file.db.request(callers.citizenA, 'select secret_hash from public.calendar_feeds'),
      '42501',
      'permission denied',
    );
    const { mismatches } = await runMatrix(file.db, file.world, [
      {
        name: 'calendar_feeds',
        table: 'calendar_feeds',
        key: { profile_id: ids.citizenA },
        insert: { values: { profile_id: ids.citizenB, secret_hash: `\\x${'00'.repeat(32)}` } },
        updates: 'created_at',
        // Made, renewed and stopped only through the functions; the service role bypasses all.
        expected: only({ citizenA: 's' }),
      },
    ]);
    expect(mismatches).toEqual([]);
  });

  it('refuses a malformed secret and a missing time without looking anything up', async () => {
    const secret = await renew(file.world.callers.citizenA);
    for (const malformed of [null, '', 'abc', secret.toUpperCase(), `${secret}0`, `${secret.slice(1)}g`]) {
      await expectSqlError(events(malformed), '22023', 'secret must be 64 lower-case hexadecimal characters.');
    }
    await expectSqlError(events(secret, null), '22023', 'since is required.');
  });
});
