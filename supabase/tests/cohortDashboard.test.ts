import { beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from './harness/database.ts';
import { createUser } from './harness/fixtures.ts';
import { expectSqlError } from './harness/sqlError.ts';
import { worldPerFile } from './harness/worldPerFile.ts';

/*
 * The cohort dashboard of a started cohort of three: Anders is active and came to the webinar, his
 * start-session was held; Signe has done nothing for 20 days (at risk by the default 14, not by 30);
 * Ulla is active but missed her start-session. The team marks attendance and sessions itself.
 */

const file = worldPerFile();
const ids = { cohort: '', webinar: '', later: '', anders: '', signe: '', ulla: '', held: '', missed: '', future: '' };

type Row = {
  display_name: string;
  lessons_done: number;
  lessons_total: number;
  webinars_registered: number;
  webinars_attended: number;
  start_session: string;
  start_session_at: Date | null;
  at_risk: boolean;
  risk_reasons: string;
};

const owner = (sql: string, params: unknown[] = []) => file.db.owner.query(sql, params);
const one = async (sql: string, params: unknown[] = []) => (await owner(sql, params)).rows[0]?.id as string;

async function member(name: string): Promise<string> {
  const id = await createUser(file.db.owner, 'citizen', 'kolding', name);
  await owner(
    `insert into public.enrollments (cohort_id, citizen_id, enrolled_at) values ($1, $2, now() - interval '40 days')`,
    [ids.cohort, id],
  );
  return id;
}

async function appointment(citizen: string, startsIn: string): Promise<string> {
  const slot = await one(
    `insert into public.appointment_slots (team_id, professional_id, kind, starts_at, ends_at)
     values ($1, $2, 'start', now() + $3::interval, now() + $3::interval + interval '30 minutes') returning id`,
    [file.world.ids.team, file.world.ids.proIn, startsIn],
  );
  return one(
    `insert into public.appointments (slot_id, citizen_id, professional_id, starts_at, ends_at)
     select id, $2, professional_id, starts_at, ends_at from public.appointment_slots where id = $1 returning id`,
    [slot, citizen],
  );
}

const dashboard = async (caller: Caller = file.world.callers.proIn) =>
  (
    await file.db.request<Row>(
      caller,
      `select display_name, lessons_done, lessons_total, webinars_registered, webinars_attended, start_session,
         start_session_at, at_risk, risk_reasons::text from public.cohort_dashboard($1)`,
      [ids.cohort],
    )
  ).rows;

beforeAll(async () => {
  const { world } = file;
  ids.cohort = await one(
    `insert into public.cohorts (program, team_id, municipality, title, starts_on)
     values ($1, $2, 'kolding', 'Hold i gang', current_date - 40) returning id`,
    [world.program, world.ids.team],
  );
  ids.anders = await member('Anders');
  ids.signe = await member('Signe');
  ids.ulla = await member('Ulla');
  // Anders has completed the first module (2 lessons), Ulla began a lesson two days ago.
  await owner(
    `insert into public.progress (user_id, lesson_id, status, updated_at)
     select $1, lesson_id, 'completed', now() - interval '1 day' from public.module_lessons where module = 'forstaa-din-diabetes'`,
    [ids.anders],
  );
  await owner(
    `insert into public.progress (user_id, lesson_id, status, updated_at) values
       ($1, 'maal-dit-blodsukker', 'incomplete', now() - interval '20 days'),
       ($2, 'hvad-er-type-2-diabetes', 'incomplete', now() - interval '2 days')`,
    [ids.signe, ids.ulla],
  );
  // A webinar of the cohort last week, one next week; Anders and Ulla had seats at the first.
  const webinar = (at: string) =>
    one(
      `insert into public.webinar_sessions (team_id, cohort_id, title, starts_at, ends_at, capacity)
       values ($1, $2, 'Holdmøde', now() + $3::interval, now() + $3::interval + interval '1 hour', 10) returning id`,
      [world.ids.team, ids.cohort, at],
    );
  ids.webinar = await webinar('-7 days');
  ids.later = await webinar('7 days');
  await owner(
    `insert into public.registrations (session_id, citizen_id, status) values ($1, $2, 'registered'), ($1, $3, 'registered'),
       ($4, $2, 'registered')`,
    [ids.webinar, ids.anders, ids.ulla, ids.later],
  );
  ids.held = await appointment(ids.anders, '-10 days');
  ids.missed = await appointment(ids.ulla, '-9 days');
  ids.future = await appointment(ids.signe, '3 days');
});

describe('marking what happened', () => {
  it('the team marks attendance after the webinar has begun; a seat is not attendance', async () => {
    const { callers } = file.world;
    expect(
      (await dashboard()).map(({ webinars_registered, webinars_attended }) => [webinars_registered, webinars_attended]),
    ).toEqual([
      [1, 0],
      [0, 0],
      [1, 0],
    ]);
    await file.db.request(callers.proIn, 'select public.mark_attendance($1, $2, true)', [ids.webinar, ids.anders]);
    await file.db.request(callers.proIn, 'select public.mark_attendance($1, $2, false)', [ids.webinar, ids.ulla]);
    const seen = await file.db.request<{ display_name: string; attended: boolean | null }>(
      callers.proIn,
      'select display_name, attended from public.webinar_attendees($1) order by display_name',
      [ids.webinar],
    );
    expect(seen.rows).toEqual([
      { display_name: 'Anders', attended: true },
      { display_name: 'Ulla', attended: false },
    ]);
  });

  it('refuses attendance before the start, for someone without a seat, without a value, or by another team', async () => {
    const { callers } = file.world;
    const mark = (caller: Caller, webinar: string, citizen: string | null, attended: boolean | null) =>
      file.db.request(caller, 'select public.mark_attendance($1, $2, $3)', [webinar, citizen, attended]);
    await expectSqlError(mark(callers.proIn, ids.later, ids.anders, true), '22023', 'once the webinar has begun');
    await expectSqlError(mark(callers.proIn, ids.webinar, ids.signe, true), 'P0002', 'had no seat');
    await expectSqlError(mark(callers.proIn, ids.webinar, ids.anders, null), '22023', 'attended must be true or false');
    await expectSqlError(mark(callers.proIn, ids.webinar, null, true), '22023', 'webinar and citizen are required');
    for (const caller of [callers.proOut, callers.admin, callers.citizenA]) {
      await expectSqlError(mark(caller, ids.webinar, ids.anders, true), 'P0002', 'No such webinar in your teams');
    }
  });

  it('a cancelled webinar counts no seat on the dashboard and takes no attendance', async () => {
    const { world } = file;
    const counts = async () =>
      (await dashboard()).map(({ display_name, webinars_registered }) => [display_name, webinars_registered]);
    const before = await counts();
    const cancelled = await one(
      `insert into public.webinar_sessions (team_id, cohort_id, title, starts_at, ends_at, capacity)
       values ($1, $2, 'Holdmøde', now() - interval '3 days', now() - interval '3 days' + interval '1 hour', 10) returning id`,
      [world.ids.team, ids.cohort],
    );
    await owner(`insert into public.registrations (session_id, citizen_id, status) values ($1, $2, 'registered')`, [
      cancelled,
      ids.signe,
    ]);
    await owner("update public.webinar_sessions set cancelled_at = now() - interval '4 days' where id = $1", [
      cancelled,
    ]);
    expect(await counts()).toEqual(before);
    await expectSqlError(
      file.db.request(world.callers.proIn, 'select public.mark_attendance($1, $2, true)', [cancelled, ids.signe]),
      '22023',
      'The webinar was cancelled',
    );
  });

  it('the team marks a session held or missed once it has begun, never a cancelled one', async () => {
    const { callers } = file.world;
    const mark = (caller: Caller, appointment: string, outcome: string | null) =>
      file.db.request(caller, 'select public.mark_appointment($1, $2)', [appointment, outcome]);
    await mark(callers.proIn, ids.held, 'held');
    await mark(callers.proIn, ids.missed, 'missed');
    await expectSqlError(mark(callers.proIn, ids.future, 'held'), '22023', 'once it has begun');
    await expectSqlError(mark(callers.proIn, ids.held, null), '22023', 'outcome must be held or missed');
    await expectSqlError(mark(callers.proIn, ids.held, 'maybe'), '22P02', 'invalid input value');
    for (const caller of [callers.proOut, callers.admin, callers.citizenA]) {
      await expectSqlError(mark(caller, ids.held, 'missed'), 'P0002', 'No such appointment in your teams');
    }
    const cancelled = await appointment(ids.signe, '-5 days');
    await owner(`update public.appointments set status = 'cancelled' where id = $1`, [cancelled]);
    await expectSqlError(mark(callers.proIn, cancelled, 'held'), '22023', 'A cancelled appointment');
    const bookings = await file.db.request<{ citizen_name: string; outcome: string | null }>(
      callers.proIn,
      `select citizen_name, outcome from public.team_bookings($1, now() - interval '30 days', now() + interval '30 days')
       where status = 'booked' order by starts_at`,
      [file.world.ids.team],
    );
    expect(bookings.rows).toEqual([
      { citizen_name: 'Anders', outcome: 'held' },
      { citizen_name: 'Ulla', outcome: 'missed' },
      { citizen_name: 'Signe', outcome: null },
    ]);
  });
});

describe('the dashboard', () => {
  it('shows each citizen’s figures, and who is at risk and why', async () => {
    const rows = await dashboard();
    expect(rows.map(({ start_session_at, ...rest }) => ({ ...rest, start_booked: start_session_at !== null }))).toEqual(
      [
        {
          display_name: 'Anders',
          lessons_done: 2,
          lessons_total: 6,
          webinars_registered: 1,
          webinars_attended: 1,
          start_session: 'held',
          start_booked: true,
          at_risk: false,
          risk_reasons: '{}',
        },
        {
          display_name: 'Signe',
          lessons_done: 0,
          lessons_total: 6,
          webinars_registered: 0,
          webinars_attended: 0,
          start_session: 'booked',
          start_booked: true,
          at_risk: true,
          risk_reasons: '{inactive}',
        },
        {
          display_name: 'Ulla',
          lessons_done: 0,
          lessons_total: 6,
          webinars_registered: 1,
          webinars_attended: 0,
          start_session: 'missed',
          start_booked: true,
          at_risk: true,
          risk_reasons: '{missed_session}',
        },
      ],
    );
    // The older overview follows the same rule.
    const overview = await file.db.request<{ display_name: string; at_risk: boolean }>(
      file.world.callers.proIn,
      'select display_name, at_risk from public.cohort_overview($1)',
      [ids.cohort],
    );
    expect(overview.rows.map(({ display_name, at_risk }) => `${display_name} ${at_risk}`)).toEqual([
      'Anders false',
      'Signe true',
      'Ulla true',
    ]);
  });

  it("follows the team's own inactivity setting", async () => {
    const { callers, ids: world } = file.world;
    await file.db.request(callers.proIn, 'select public.set_team_settings($1, 2, 30)', [world.team]);
    const signe = (await dashboard()).find(({ display_name }) => display_name === 'Signe');
    expect(signe).toMatchObject({ at_risk: false, risk_reasons: '{}' });
    await file.db.request(callers.proIn, 'select public.set_team_settings($1, 2, 14)', [world.team]);
    expect((await dashboard()).find(({ display_name }) => display_name === 'Signe')).toMatchObject({ at_risk: true });
  });

  it('a new enrolment or a cohort not yet begun is not at risk', async () => {
    const late = await createUser(file.db.owner, 'citizen', 'kolding', 'Ny');
    await owner(`insert into public.enrollments (cohort_id, citizen_id) values ($1, $2)`, [ids.cohort, late]);
    expect((await dashboard()).find(({ display_name }) => display_name === 'Ny')).toMatchObject({ at_risk: false });
    await owner('delete from public.enrollments where citizen_id = $1', [late]);
  });

  it('shows per module how many completed it', async () => {
    const { rows } = await file.db.request(
      file.world.callers.proIn,
      'select module, module_position, lessons, completed, citizens from public.cohort_module_completion($1)',
      [ids.cohort],
    );
    expect(rows).toEqual([
      { module: 'forstaa-din-diabetes', module_position: 1, lessons: 2, completed: 1, citizens: 3 },
      { module: 'mad-og-bevaegelse', module_position: 2, lessons: 2, completed: 0, citizens: 3 },
      { module: 'pas-godt-paa-dig-selv', module_position: 3, lessons: 2, completed: 0, citizens: 3 },
    ]);
  });

  it('logs one audit row per citizen shown, each call', async () => {
    const logged = async (action: string) =>
      (
        await owner(
          `select subject_id from public.audit_log where actor_id = $1 and action = $2 and detail ->> 'cohort' = $3
           order by id`,
          [file.world.ids.proIn, action, ids.cohort],
        )
      ).rows.map(({ subject_id }) => subject_id as string);
    const members = [ids.anders, ids.signe, ids.ulla].sort();
    for (const [action, call] of [
      ['cohort_dashboard', 'select * from public.cohort_dashboard($1)'],
      ['cohort_module_completion', 'select * from public.cohort_module_completion($1)'],
    ] as const) {
      const before = (await logged(action)).length;
      await file.db.request(file.world.callers.proIn, call, [ids.cohort]);
      expect((await logged(action)).slice(before).sort()).toEqual(members);
    }
  });

  it("is the cohort's team's only: other teams, administrators and citizens are refused, and nothing is logged", async () => {
    const { callers } = file.world;
    const before = (await owner('select 1 from public.audit_log')).rowCount;
    for (const caller of [callers.proOut, callers.admin, callers.citizenA]) {
      for (const fn of ['cohort_dashboard', 'cohort_module_completion', 'cohort_overview']) {
        await expectSqlError(
          file.db.request(caller, `select * from public.${fn}($1)`, [ids.cohort]),
          'P0002',
          'No such cohort in your teams',
        );
      }
    }
    await expectSqlError(
      file.db.request(callers.proIn, 'select * from public.cohort_dashboard(null)'),
      '22023',
      'cohort is required',
    );
    await expectSqlError(
      file.db.request(callers.anon, 'select * from public.cohort_dashboard($1)', [ids.cohort]),
      '42501',
      'permission denied',
    );
    expect((await owner('select 1 from public.audit_log')).rowCount).toBe(before);
  });
});
