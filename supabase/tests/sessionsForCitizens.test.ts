import { describe, expect, it } from 'vitest';
import { worldPerFile } from './harness/worldPerFile.ts';

/*
 * The sessions page's data: free times of the teams that serve the reader (a booked one is gone),
 * the reader's own bookings with the last moment to cancel, and the team's cut-off enforced.
 */

const file = worldPerFile();
type Free = { id: string; kind: string; professional_name: string; professional_title: string | null };
type Mine = { id: string; kind: string; cancel_until: Date; starts_at: Date };

const free = async (caller: 'citizenA' | 'citizenB' | 'citizenC') =>
  (await file.db.request<Free>(file.world.callers[caller], `select * from public.free_slots_for_me('2026-01-01')`))
    .rows;
const mine = async (caller: 'citizenA' | 'citizenC') =>
  (await file.db.request<Mine>(file.world.callers[caller], `select * from public.my_appointments('2026-01-01')`)).rows;

describe('sessions as citizens see them', () => {
  it('lists free times of serving teams only, without the booked ones, and my bookings with a cut-off', async () => {
    const { ids } = file.world;
    await file.db.owner.query(`update public.profiles set job_title = 'Sygeplejerske' where id = $1`, [ids.proIn]);
    // The fixture's one slot is booked by citizen A: nobody sees it as free.
    expect(await free('citizenC')).toEqual([]);
    expect(await free('citizenB')).toEqual([]);
    const [booking] = await mine('citizenA');
    expect(booking).toMatchObject({ id: ids.appointment });
    expect((booking?.starts_at.getTime() ?? 0) - (booking?.cancel_until.getTime() ?? 0)).toBe(24 * 3600 * 1000);
    expect(await mine('citizenC')).toEqual([]);

    await file.db.request(file.world.callers.citizenA, 'select public.cancel_appointment($1)', [ids.appointment]);
    expect((await free('citizenC')).map(({ id, professional_title }) => [id, professional_title])).toEqual([
      [ids.slot, 'Sygeplejerske'],
    ]);
    // Citizen B's municipality is not served by the team.
    expect(await free('citizenB')).toEqual([]);
    expect(await mine('citizenA')).toEqual([]);
  });

  it('lets a citizen cancel until the team’s cut-off, then refuses; the professional may still cancel', async () => {
    const { ids, callers } = file.world;
    const [{ id: appointment } = { id: '' }] = (
      await file.db.request<{ id: string }>(callers.citizenC, 'select public.book_appointment($1) as id', [ids.slot])
    ).rows;
    const startIn = (hours: number) =>
      file.db.owner.query(
        `update public.appointments set starts_at = now() + make_interval(hours => $2),
           ends_at = now() + make_interval(hours => $2) + interval '30 minutes' where id = $1`,
        [appointment, hours],
      );
    await file.db.owner.query('update public.teams set cancel_cutoff_hours = 48 where id = $1', [ids.team]);
    await startIn(30);
    await expect(
      file.db.request(callers.citizenC, 'select public.cancel_appointment($1)', [appointment]),
    ).rejects.toThrow(/Too late to cancel here/);
    await file.db.owner.query('update public.teams set cancel_cutoff_hours = 24 where id = $1', [ids.team]);
    expect((await mine('citizenC')).map(({ id }) => id)).toEqual([appointment]);
    await startIn(10);
    await expect(
      file.db.request(callers.citizenC, 'select public.cancel_appointment($1)', [appointment]),
    ).rejects.toThrow(/Too late/);
    await file.db.request(callers.proIn, 'select public.cancel_appointment($1)', [appointment]);
    expect(await mine('citizenC')).toEqual([]);
  });

  it('shows the video link to the citizen who booked from 15 minutes before the start, to the team always', async () => {
    const { ids, callers } = file.world;
    await file.db.owner.query(
      `insert into public.slot_links values ($1, 'https://video.example/start')
       on conflict (slot_id) do update set video_url = excluded.video_url`,
      [ids.slot],
    );
    const [{ id: appointment } = { id: '' }] = (
      await file.db.request<{ id: string }>(callers.citizenC, 'select public.book_appointment($1) as id', [ids.slot])
    ).rows;
    const linkFor = async (caller: 'citizenA' | 'citizenC' | 'proIn') =>
      (
        await file.db.request<{ video_url: string }>(
          callers[caller],
          'select video_url from public.slot_links where slot_id = $1',
          [ids.slot],
        )
      ).rows.map(({ video_url }) => video_url);
    const startIn = (minutes: number) =>
      file.db.owner.query(
        `update public.appointment_slots set starts_at = now() + make_interval(mins => $2),
           ends_at = now() + make_interval(mins => $2 + 30) where id = $1`,
        [ids.slot, minutes],
      );
    await startIn(20);
    expect(await linkFor('citizenC')).toEqual([]);
    expect(await linkFor('proIn')).toEqual(['https://video.example/start']);
    await startIn(10);
    expect(await linkFor('citizenC')).toEqual(['https://video.example/start']);
    expect(await linkFor('citizenA')).toEqual([]);
    const [mine] = (
      await file.db.request<{ slot_id: string }>(callers.citizenC, 'select slot_id from public.my_appointments()')
    ).rows;
    expect(mine?.slot_id).toBe(ids.slot);
    await file.db.request(callers.proIn, 'select public.cancel_appointment($1)', [appointment]);
    expect(await linkFor('citizenC')).toEqual([]);
  });
});
