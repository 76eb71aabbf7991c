import { describe, expect, it } from 'vitest';
import type { Caller } from './harness/database.ts';
import { createUser } from './harness/fixtures.ts';
import { expectSqlError } from './harness/sqlError.ts';
import { worldPerFile } from './harness/worldPerFile.ts';

const file = worldPerFile();

// Enrolled a month ago: inactivity counts from the latest of enrolment, cohort start and progress.
async function enrolledCitizen(name: string, cohort: string): Promise<Caller & { sub: string }> {
  const id = await createUser(file.db.owner, 'citizen', 'kolding', name);
  await file.db.owner.query(
    `insert into public.enrollments (cohort_id, citizen_id, enrolled_at) values ($1, $2, now() - interval '30 days')`,
    [cohort, id],
  );
  return { role: 'authenticated', sub: id };
}

describe('cohort overview', () => {
  it("shows staff each citizen's lessons done, last activity and who is at risk, and logs every read", async () => {
    const started =
      (
        await file.db.owner.query<{ id: string }>(
          `insert into public.cohorts (program, team_id, municipality, title, starts_on)
         values ($1, $2, 'kolding', 'Startet hold', current_date - 30) returning id`,
          [file.world.program, file.world.ids.team],
        )
      ).rows[0]?.id ?? '';
    const active = await enrolledCitizen('Aktiv', started);
    const stalled = await enrolledCitizen('Gået i stå', started);
    await file.db.owner.query(
      `insert into public.progress (user_id, lesson_id, status, updated_at)
       select $1, lesson_id, 'completed', now() - interval '1 day' from public.program_lessons where program = $2 limit 2`,
      [active.sub, file.world.program],
    );
    await file.db.owner.query(
      `insert into public.progress (user_id, lesson_id, status, updated_at) values ($1, $2, 'incomplete', now() - interval '20 days')`,
      [stalled.sub, file.world.lesson],
    );

    const { rows } = await file.db.request<{
      display_name: string;
      lessons_done: number;
      lessons_total: number;
      at_risk: boolean;
    }>(
      file.world.callers.proIn,
      'select display_name, lessons_done, lessons_total, at_risk from public.cohort_overview($1)',
      [started],
    );
    expect(rows).toEqual([
      { display_name: 'Aktiv', lessons_done: 2, lessons_total: 6, at_risk: false },
      { display_name: 'Gået i stå', lessons_done: 0, lessons_total: 6, at_risk: true },
    ]);
    const log = await file.db.owner.query<{ subject_id: string }>(
      `select subject_id from public.audit_log where actor_id = $1 and action = 'cohort_overview' and detail ->> 'cohort' = $2`,
      [file.world.ids.proIn, started],
    );
    expect(log.rows.map(({ subject_id }) => subject_id).sort()).toEqual([active.sub, stalled.sub].sort());
    // The citizen can see that their data was read, and by whom.
    const mine = await file.db.request<{ reads: { by: string }[] }>(
      stalled,
      `select public.export_my_data() -> 'reads_of_my_data' as reads`,
    );
    expect(mine.rows[0]?.reads.map(({ by }) => by)).toEqual(['Sygeplejerske Karen']);
  });

  it("is for the cohort's team only", async () => {
    for (const caller of [file.world.callers.citizenA, file.world.callers.proOut]) {
      await expectSqlError(
        file.db.request(caller, 'select * from public.cohort_overview($1)', [file.world.ids.cohort]),
        'P0002',
        'No such cohort in your teams',
      );
    }
    await expectSqlError(
      file.db.request(file.world.callers.anon, 'select * from public.cohort_overview($1)', [file.world.ids.cohort]),
      '42501',
      'permission denied',
    );
  });
});

describe('GDPR: access and erasure', () => {
  it('export_my_data gives the citizen their profile, enrollments, registrations, appointments, conversations and progress', async () => {
    const { rows } = await file.db.request<{ data: Record<string, unknown[] | Record<string, unknown>> }>(
      file.world.callers.citizenA,
      'select public.export_my_data() as data',
    );
    const data = rows[0]?.data ?? {};
    expect(data.profile).toMatchObject({ id: file.world.ids.citizenA, display_name: 'Anna', municipality: 'kolding' });
    expect(data.enrollments).toHaveLength(1);
    expect(data.registrations).toHaveLength(1);
    expect(data.appointments).toHaveLength(1);
    expect(data.progress).toEqual([expect.objectContaining({ lesson_id: file.world.lesson, status: 'incomplete' })]);
    expect(data.threads).toHaveLength(2);
    expect(data.threads).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          title: 'Spørgsmål om insulin',
          messages: [expect.objectContaining({ from_me: true, body: 'Hvornår skal jeg måle?' })],
        }),
        // The group chat of the cohort she joined, where nobody has written yet.
        expect.objectContaining({ kind: 'cohort', messages: [] }),
      ]),
    );
    expect(data.email_choices).toEqual({ webinars: true, messages: true });
    expect(data.calendar_link_made_at).toBeNull();
    expect(data.message_reports).toEqual([]);
  });

  it('export_my_data includes e-mail choices, when the calendar link was made (not its secret) and reports', async () => {
    const { callers } = file.world;
    await file.db.request(
      callers.citizenA,
      'insert into public.notification_choices (profile_id, webinars, messages) values (auth.uid(), false, true)',
    );
    const secret = (await file.db.request<{ s: string }>(callers.citizenA, 'select public.renew_calendar_feed() as s'))
      .rows[0]?.s;
    const { rows } = await file.db.request<{ data: Record<string, unknown> }>(
      callers.citizenA,
      'select public.export_my_data() as data',
    );
    const data = rows[0]?.data ?? {};
    expect(data.email_choices).toEqual({ webinars: false, messages: true });
    expect(typeof data.calendar_link_made_at).toBe('string');
    expect(JSON.stringify(data)).not.toContain(String(secret));
  });

  it('delete_my_account leaves no message text of the citizen, frees their seat for the waitlist, and removes the login', async () => {
    const webinar = (
      await file.db.owner.query<{ id: string }>(
        `insert into public.webinar_sessions (team_id, title, starts_at, ends_at, capacity)
         values ($1, 'Fuldt', now() + interval '1 day', now() + interval '1 day 1 hour', 1) returning id`,
        [file.world.ids.team],
      )
    ).rows[0]?.id;
    const leaving = await enrolledCitizen('Går', file.world.ids.cohort);
    const waiting = await enrolledCitizen('Venter', file.world.ids.cohort);
    await file.db.request(leaving, 'select public.register_for_session($1)', [webinar]);
    await file.db.request(waiting, 'select public.register_for_session($1)', [webinar]);
    const thread = (
      await file.db.request<{ id: string }>(leaving, 'select public.open_care_thread($1, $2) as id', [
        file.world.ids.team,
        'Privat',
      ])
    ).rows[0]?.id;
    await file.db.request(leaving, 'select public.send_message($1, $2)', [thread, 'Et meget personligt spørgsmål']);
    await file.db.request(file.world.callers.proIn, 'select public.send_message($1, $2)', [
      thread,
      'Et svar om det personlige',
    ]);
    await file.db.request(leaving, `select public.upsert_progress($1, 'completed', '', '', null, now())`, [
      file.world.lesson,
    ]);

    await file.db.request(leaving, 'select public.delete_my_account()');

    const left = await file.db.owner.query(
      `select 'message' as kind from public.messages where body like '%personlig%'
       union all select 'user' from auth.users where id = $1
       union all select 'profile' from public.profiles where id = $1
       union all select 'progress' from public.progress where user_id = $1
       union all select 'thread' from public.threads where id = $2`,
      [leaving.sub, thread],
    );
    expect(left.rows).toEqual([]);
    const seat = await file.db.owner.query<{ status: string }>(
      'select status from public.registrations where session_id = $1 and citizen_id = $2',
      [webinar, waiting.sub],
    );
    expect(seat.rows[0]?.status).toBe('registered');
  });

  it('staff accounts are not erased by their owner (the audit log keeps its actors)', async () => {
    await expectSqlError(
      file.db.request(file.world.callers.proIn, 'select public.delete_my_account()'),
      '42501',
      'Only citizens',
    );
    const still = await file.db.owner.query('select 1 from auth.users where id = $1', [file.world.ids.proIn]);
    expect(still.rowCount).toBe(1);
  });

  it('erasure needs a signed-in caller', async () => {
    await expectSqlError(
      file.db.request({ role: 'authenticated' }, 'select public.delete_my_account()'),
      '42501',
      'Sign in first',
    );
    await expectSqlError(
      file.db.request(file.world.callers.anon, 'select public.export_my_data()'),
      '42501',
      'permission denied',
    );
  });
});
