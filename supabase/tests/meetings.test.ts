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
      await expectSqlError(link('proIn', 'webinar', ids.openSession, url), '22023', 'url must be an https address');
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
