import { describe, expect, it } from 'vitest';
import { expectSqlError } from './harness/sqlError.ts';
import { worldPerFile } from './harness/worldPerFile.ts';

/*
 * The meetings migration in SQL: every webinar and slot gets its own unguessable room when it is
 * made; staff set the fixed link of their own team's meetings only, and only an https address.
 */

const file = worldPerFile();

describe('meeting rooms', () => {
  it('are made with each webinar and slot, distinct, 128 random bits each', async () => {
    const { ids } = file.world;
    const { rows: made } = await file.db.owner.query<{ id: string }>(
      `insert into public.webinar_sessions (team_id, title, starts_at, ends_at, capacity)
       values ($1, 'Nyt webinar', '2027-03-01 10:00+01', '2027-03-01 11:00+01', 10) returning id`,
      [ids.team],
    );
    const { rows } = await file.db.owner.query<{ room: string; session_id: string | null; slot_id: string | null }>(
      'select room, session_id, slot_id from public.meeting_rooms',
    );
    expect(rows.map(({ session_id, slot_id }) => session_id ?? slot_id).sort()).toEqual(
      [ids.openSession, ids.cohortSession, ids.slot, made[0]?.id].sort(),
    );
    expect(rows.every(({ room }) => /^[0-9a-f]{32}$/.test(room))).toBe(true);
    expect(new Set(rows.map(({ room }) => room)).size).toBe(rows.length);
  });
});

describe('set_meeting_link', () => {
  const link = async (
    caller: 'proIn' | 'proOut' | 'citizenA' | 'admin',
    kind: string,
    id: string,
    url: string | null,
  ) => file.db.request(file.world.callers[caller], 'select public.set_meeting_link($1, $2, $3)', [kind, id, url]);
  const stored = async () =>
    (
      await file.db.owner.query<{ url: string }>(
        `select meeting_url as url from public.session_links where session_id = $1
         union all select video_url from public.slot_links where slot_id = $2`,
        [file.world.ids.openSession, file.world.ids.slot],
      )
    ).rows.map(({ url }) => url);

  it('lets the team set, change and remove the link of its webinars and slots', async () => {
    const { ids } = file.world;
    await link('proIn', 'webinar', ids.openSession, 'https://vdx.medcom.example/meet/12345?pin=1');
    await link('proIn', 'appointment', ids.slot, 'https://teams.microsoft.example/l/meetup-join/19%3a');
    expect(await stored()).toEqual([
      'https://vdx.medcom.example/meet/12345?pin=1',
      'https://teams.microsoft.example/l/meetup-join/19%3a',
    ]);
    await link('proIn', 'appointment', ids.slot, null);
    expect(await stored()).toEqual(['https://vdx.medcom.example/meet/12345?pin=1']);
  });

  it('refuses anyone who does not run the team, as "no such meeting"', async () => {
    const { ids } = file.world;
    for (const caller of ['proOut', 'citizenA'] as const) {
      await expectSqlError(
        link(caller, 'webinar', ids.openSession, 'https://evil.example/'),
        'P0002',
        'No such meeting',
      );
    }
    expect(await stored()).toEqual(['https://vdx.medcom.example/meet/12345?pin=1']);
  });

  it('refuses what is not an https address of at most 500 characters, and a wrong kind', async () => {
    const { ids } = file.world;
    for (const url of [
      'http://vdx.medcom.example/m',
      'javascript:alert(1)',
      'https://bruger:kode@vdx.medcom.example/m',
      'https://vdx.medcom.example/m med mellemrum',
      'https:///m',
      `https://vdx.medcom.example/${'a'.repeat(500)}`,
    ]) {
      await expectSqlError(
        link('proIn', 'webinar', ids.openSession, url),
        '22023',
        'meeting link must be an https address',
      );
    }
    await expectSqlError(link('proIn', 'party', ids.openSession, 'https://a.example/'), '22023', 'meeting_kind');
    expect(await stored()).toEqual(['https://vdx.medcom.example/meet/12345?pin=1']);
  });
});

describe('who joins as moderator', () => {
  const forMe = (caller: 'proIn' | 'admin', kind: string, id: string) =>
    file.db.request<{ role: string }>(file.world.callers[caller], 'select role from public.meeting_for_me($1, $2)', [
      kind,
      id,
    ]);

  it("is the team's members; an administrator of the municipality joins neither a session nor a webinar", async () => {
    const { ids } = file.world;
    expect((await forMe('proIn', 'appointment', ids.slot)).rows).toEqual([{ role: 'moderator' }]);
    expect((await forMe('proIn', 'webinar', ids.openSession)).rows).toEqual([{ role: 'moderator' }]);
    await expectSqlError(forMe('admin', 'appointment', ids.slot), 'P0002', 'No such meeting');
    await expectSqlError(forMe('admin', 'webinar', ids.openSession), '42501', 'Only registered citizens');
  });

  it('reads the fixed links by the same rule', async () => {
    const { ids, callers } = file.world;
    await file.db.owner.query(
      `insert into public.slot_links values ($1, 'https://video.example/a') on conflict (slot_id) do nothing`,
      [ids.slot],
    );
    const links = async (caller: 'proIn' | 'admin') => [
      ...(
        await file.db.request(callers[caller], 'select 1 from public.session_links where session_id = $1', [
          ids.openSession,
        ])
      ).rows,
      ...(await file.db.request(callers[caller], 'select 1 from public.slot_links where slot_id = $1', [ids.slot]))
        .rows,
    ];
    expect(await links('proIn')).toHaveLength(2);
    expect(await links('admin')).toHaveLength(0);
  });
});

describe('the meeting link, one rule for every way in', () => {
  const userinfo = 'https://vdx.medcom.example@evil.example/';
  it('refuses a link with a user name alike from set_meeting_link, the planning functions and the tables themselves', async () => {
    const { ids, callers } = file.world;
    const proIn = (sql: string, params: unknown[]) => file.db.request(callers.proIn, sql, params);
    const message = 'meeting link must be an https address';
    for (const call of [
      () => proIn('select public.set_meeting_link($1, $2, $3)', ['appointment', ids.slot, userinfo]),
      () =>
        proIn('update public.session_links set meeting_url = $2 where session_id = $1', [ids.openSession, userinfo]),
      () => proIn('insert into public.session_links values ($1, $2)', [ids.cohortSession, userinfo]),
      () => proIn('update public.slot_links set video_url = $2 where slot_id = $1', [ids.slot, userinfo]),
      () =>
        proIn(
          `select public.create_webinar($1, 'Spørgetime', now() + interval '2 days', now() + interval '2 days 1 hour', 10,
             array[$2::uuid], null, $3)`,
          [ids.team, ids.proIn, userinfo],
        ),
      () =>
        proIn(
          `select public.create_slot($1, $2, 'start', now() + interval '3 days', now() + interval '3 days 30 minutes', $3)`,
          [ids.team, ids.proIn, userinfo],
        ),
      () =>
        proIn(
          `select * from public.create_slot_series($1, $2, 'end', array[1,2,3,4,5,6,7], '07:00', '07:30', 30,
             current_date + 5, 1, $3)`,
          [ids.team, ids.proIn, userinfo],
        ),
    ]) {
      await expectSqlError(call(), '22023', message);
    }
    // A plain https address passes every way, international host names too.
    await proIn('update public.session_links set meeting_url = $2 where session_id = $1', [
      ids.openSession,
      'https://møde.example/mad?pin=1',
    ]);
  });

  it('is the constraint of both link tables', async () => {
    const { rows } = await file.db.owner.query<{ name: string; definition: string }>(
      `select conname as name, pg_get_constraintdef(oid) as definition from pg_constraint
       where conrelid in ('public.session_links'::regclass, 'public.slot_links'::regclass) and contype = 'c'
       order by conname`,
    );
    expect(rows).toEqual([
      { name: 'session_links_meeting_url_check', definition: 'CHECK (private.meeting_link_ok(meeting_url))' },
      { name: 'slot_links_video_url_check', definition: 'CHECK (private.meeting_link_ok(video_url))' },
    ]);
  });
});
