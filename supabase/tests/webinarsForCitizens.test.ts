import { describe, expect, it } from 'vitest';
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
