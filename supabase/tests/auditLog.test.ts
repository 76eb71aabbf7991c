import { describe, expect, it } from 'vitest';
import type { Caller } from './harness/database.ts';
import { createUser } from './harness/fixtures.ts';
import { worldPerFile } from './harness/worldPerFile.ts';

/*
 * Every staff read of a citizen's data is logged (attendee lists and conversations are covered with
 * their features), the citizen can read the log, and the log survives both the citizen's erasure
 * (under a pseudonym) and the reader's account.
 */

const file = worldPerFile();

type Read = { action: string; by_name: string; by_role: string };
const readsOf = async (caller: Caller) =>
  (await file.db.request<Read>(caller, 'select action, by_name, by_role from public.reads_of_my_data()')).rows;

describe('the audit log', () => {
  it("logs the team's read of its bookings, one row per citizen shown, and the citizen sees who read", async () => {
    const { callers, ids } = file.world;
    const bookings = await file.db.request<{ citizen_name: string; kind: string }>(
      callers.proIn,
      `select citizen_name, kind from public.team_bookings($1, '2027-01-01', '2027-03-01')`,
      [ids.team],
    );
    expect(bookings.rows).toEqual([{ citizen_name: 'Anna', kind: 'start' }]);
    expect(await readsOf(callers.citizenA)).toContainEqual({
      action: 'team_bookings',
      by_name: 'Sygeplejerske Karen',
      by_role: 'professional',
    });
    // A period with no bookings shows nobody and logs nobody; bad periods and other teams are refused.
    const before = (await file.db.owner.query('select 1 from public.audit_log')).rowCount;
    await file.db.request(callers.proIn, `select * from public.team_bookings($1, '2030-01-01', '2030-02-01')`, [
      ids.team,
    ]);
    expect((await file.db.owner.query('select 1 from public.audit_log')).rowCount).toBe(before);
    await expect(
      file.db.request(callers.proIn, `select * from public.team_bookings($1, '2027-01-01', '2028-01-01')`, [ids.team]),
    ).rejects.toMatchObject({ code: '22023' });
    await expect(
      file.db.request(callers.proOut, `select * from public.team_bookings($1, '2027-01-01', '2027-03-01')`, [ids.team]),
    ).rejects.toMatchObject({ code: 'P0002' });
  });

  it("keeps who read an erased citizen's data, under one pseudonym, for the municipality to account for", async () => {
    const { callers, ids } = file.world;
    const leaving = await createUser(file.db.owner, 'citizen', 'kolding', 'Frida');
    const frida: Caller = { role: 'authenticated', sub: leaving };
    const code = (
      await file.db.owner.query<{ join_code: string }>('select join_code from public.cohorts where id = $1', [
        ids.cohort,
      ])
    ).rows[0]?.join_code;
    await file.db.request(frida, 'select public.join_cohort($1)', [code]);
    await file.db.request(callers.proIn, 'select * from public.cohort_overview($1)', [ids.cohort]);
    await file.db.request(callers.proIn, 'select * from public.cohort_overview($1)', [ids.cohort]);
    expect(await readsOf(frida)).toHaveLength(2);

    await file.db.request(frida, 'select public.delete_my_account()');

    const kept = await file.db.owner.query<{
      subject_id: string;
      subject_erased: boolean;
      subject_municipality: string;
    }>(
      `select subject_id, subject_erased, subject_municipality from public.audit_log
       where subject_erased and action = 'cohort_overview' and actor_id = $1`,
      [ids.proIn],
    );
    expect(kept.rows).toHaveLength(2);
    expect(new Set(kept.rows.map(({ subject_id }) => subject_id)).size).toBe(1);
    expect(kept.rows[0]?.subject_id).not.toBe(leaving);
    expect(kept.rows[0]?.subject_municipality).toBe('kolding');
    const nothingLeft = await file.db.owner.query('select 1 from public.audit_log where subject_id = $1', [leaving]);
    expect(nothingLeft.rowCount).toBe(0);
    // Kolding's administrator still sees the reads.
    const forAdmin = await file.db.request(callers.admin, 'select 1 from public.audit_log where subject_id = $1', [
      kept.rows[0]?.subject_id,
    ]);
    expect(forAdmin.rowCount).toBe(2);
  });

  it("names the reader after the reader's account is closed", async () => {
    const { callers, ids } = file.world;
    const temp = await createUser(file.db.owner, 'professional', 'kolding', 'Vikar Lise');
    await file.db.owner.query('insert into public.team_members values ($1, $2)', [ids.team, temp]);
    await file.db.request({ role: 'authenticated', sub: temp }, 'select * from public.cohort_overview($1)', [
      ids.cohort,
    ]);
    await file.db.owner.query('delete from auth.users where id = $1', [temp]);
    expect(await readsOf(callers.citizenA)).toContainEqual({
      action: 'cohort_overview',
      by_name: 'Vikar Lise',
      by_role: 'professional',
    });
  });

  it('does not log a citizen reading their own conversation', async () => {
    const { callers, ids } = file.world;
    const before = (await file.db.owner.query('select 1 from public.audit_log')).rowCount;
    const mine = await file.db.request(callers.citizenA, 'select body from public.thread_messages($1)', [ids.thread]);
    expect(mine.rows).toEqual([{ body: 'Hvornår skal jeg måle?' }]);
    expect((await file.db.owner.query('select 1 from public.audit_log')).rowCount).toBe(before);
  });
});
