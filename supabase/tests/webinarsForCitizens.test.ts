import { describe, expect, it } from 'vitest';
import { expectSqlError } from './harness/sqlError.ts';
import { worldPerFile } from './harness/worldPerFile.ts';

/*
 * The webinars page's data (webinars_for_me): what each person sees of a webinar, seats left and
 * their place on the waitlist without seeing anyone else's registration, and the meeting link only
 * for registered citizens from 15 minutes before the start.
 */

const file = worldPerFile();

type Row = {
  id: string;
  title: string;
  for_cohort: boolean;
  seats_left: number;
  facilitators: { name: string; title: string | null }[];
  my_status: string | null;
  my_place: number | null;
  may_register: boolean;
};

const listing = async (caller: keyof typeof file.world.callers, since = '2026-01-01') =>
  (await file.db.request<Row>(file.world.callers[caller], 'select * from public.webinars_for_me($1)', [since])).rows;

describe('webinars as citizens see them', () => {
  it('lists open webinars to anyone, and a cohort’s to its members, with facilitators by title', async () => {
    await file.db.owner.query(`update public.profiles set job_title = 'Sygeplejerske' where id = $1`, [
      file.world.ids.proIn,
    ]);
    const anonymous = await listing('anon');
    expect(anonymous.map(({ title }) => title)).toEqual(['Mad og blodsukker']);
    expect(anonymous[0]?.facilitators).toEqual([{ name: expect.any(String), title: 'Sygeplejerske' }]);
    expect(anonymous[0]).toMatchObject({ seats_left: 19, my_status: null, my_place: null, for_cohort: false });

    const anna = await listing('citizenA');
    // Same start: by title.
    expect(anna.map(({ title, for_cohort }) => [title, for_cohort])).toEqual([
      ['Holdets første webinar', true],
      ['Mad og blodsukker', false],
    ]);
    expect(anna[1]).toMatchObject({ my_status: 'registered', my_place: null });
    // Citizen B is in no cohort: the open webinar only.
    expect((await listing('citizenB')).map(({ title }) => title)).toEqual(['Mad og blodsukker']);
    // Over is over.
    expect(await listing('anon', '2027-12-31')).toEqual([]);
  });

  it('offers registration exactly to those it accepts: citizens the webinar is for, until it starts', async () => {
    const { ids, callers } = file.world;
    const [{ id: webinar } = { id: '' }] = (
      await file.db.owner.query<{ id: string }>(
        `insert into public.webinar_sessions (team_id, title, starts_at, ends_at, capacity)
         values ($1, 'Søvn og stress', now() + interval '2 days', now() + interval '2 days 1 hour', 5) returning id`,
        [ids.team],
      )
    ).rows;
    const offered = async (caller: keyof typeof callers, session = webinar) =>
      (await listing(caller)).find(({ id }) => id === session)?.may_register;
    const register = (caller: keyof typeof callers) =>
      file.db.request(callers[caller], 'select public.register_for_session($1)', [webinar]);

    // Citizens of Kolding and Svendborg, which the team serves; A also for her cohort's webinar.
    expect(await offered('citizenA')).toBe(true);
    expect(await offered('citizenC')).toBe(true);
    expect(await offered('citizenA', ids.cohortSession)).toBe(true);
    // Not Odense's citizen, not staff (the team's own included), not the signed-out; and refused alike.
    for (const caller of ['citizenB', 'proIn', 'proOut', 'admin', 'anon'] as const) {
      expect(await offered(caller), caller).toBe(false);
    }
    expect(await offered('proIn', ids.cohortSession)).toBe(false);
    await expectSqlError(
      register('citizenB'),
      '42501',
      'This webinar is for citizens of the municipalities its team serves.',
    );
    await expectSqlError(register('proIn'), '42501', 'Only citizens can do this.');
    await expectSqlError(register('admin'), '42501', 'Only citizens can do this.');

    // Once it has started, nobody is offered it, and registering is refused as closed.
    await file.db.owner.query(
      `update public.webinar_sessions set starts_at = now() - interval '5 minutes', ends_at = now() + interval '1 hour'
       where id = $1`,
      [webinar],
    );
    expect(await offered('citizenC')).toBe(false);
    await expectSqlError(register('citizenC'), '22023', 'The webinar has started; registration is closed.');

    // Accepted where offered.
    await file.db.owner.query(
      `update public.webinar_sessions set starts_at = now() + interval '2 days', ends_at = now() + interval '2 days 1 hour'
       where id = $1`,
      [webinar],
    );
    const accepted = await register('citizenC');
    expect(accepted.rows).toEqual([{ register_for_session: 'registered' }]);
    expect(await offered('citizenC')).toBe(true);
    await file.db.owner.query('delete from public.webinar_sessions where id = $1', [webinar]);
  });

  it('gives seats left and a waitlist place, and the place moves up when someone cancels', async () => {
    const { ids } = file.world;
    await file.db.owner.query('update public.webinar_sessions set capacity = 1 where id = $1', [ids.openSession]);
    const register = (caller: 'citizenA' | 'citizenC') =>
      file.db.request(file.world.callers[caller], 'select public.register_for_session($1)', [ids.openSession]);
    await register('citizenC');
    const open = (rows: Row[]) => rows.find(({ id }) => id === ids.openSession);
    expect(open(await listing('citizenC'))).toMatchObject({ seats_left: 0, my_status: 'waiting', my_place: 1 });
    expect(open(await listing('anon'))).toMatchObject({ seats_left: 0, my_status: null });

    await file.db.request(file.world.callers.citizenA, 'select public.cancel_registration($1)', [ids.openSession]);
    expect(open(await listing('citizenC'))).toMatchObject({ seats_left: 0, my_status: 'registered', my_place: null });
    expect(open(await listing('citizenA'))).toMatchObject({ my_status: null });
    await register('citizenA');
    expect(open(await listing('citizenA'))).toMatchObject({ my_status: 'waiting', my_place: 1 });
  });

  it('shows the meeting link to registered citizens from 15 minutes before the start, and to the team always', async () => {
    const { ids } = file.world;
    const linkFor = async (caller: keyof typeof file.world.callers) =>
      (
        await file.db.request<{ meeting_url: string }>(
          file.world.callers[caller],
          'select meeting_url from public.session_links where session_id = $1',
          [ids.openSession],
        )
      ).rows.map(({ meeting_url }) => meeting_url);
    const startIn = (minutes: number) =>
      file.db.owner.query(
        `update public.webinar_sessions set starts_at = now() + make_interval(mins => $2),
           ends_at = now() + make_interval(mins => $2 + 60) where id = $1`,
        [ids.openSession, minutes],
      );
    // Citizen C holds the seat since the previous test.
    await startIn(20);
    expect(await linkFor('citizenC')).toEqual([]);
    expect(await linkFor('proIn')).toEqual(['https://møde.example/mad']);
    await startIn(10);
    expect(await linkFor('citizenC')).toEqual(['https://møde.example/mad']);
    // Waiting, or not registered: no link.
    expect(await linkFor('citizenA')).toEqual([]);
    expect(await linkFor('citizenB')).toEqual([]);
    await startIn(-90);
    expect(await linkFor('citizenC')).toEqual([]);
  });
});
