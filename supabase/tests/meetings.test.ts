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
