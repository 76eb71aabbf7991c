import { beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from './harness/database.ts';
import { createUser } from './harness/fixtures.ts';
import { expectSqlError } from './harness/sqlError.ts';
import { worldPerFile } from './harness/worldPerFile.ts';

/*
 * The evaluation of Kolding's KOL program: a cohort of 13 begun two months ago. 5 completed every
 * lesson, 5 are under way, 2 stopped in the first module and 1 left in the second: 3 dropped out,
 * a group too small to show, and the smallest other part (completed, 5) is suppressed with it so
 * that 13 − 5 − 5 does not give it back. At the cohort's webinar 5 came and 1 stayed away. Five
 * citizens wrote to the team and were answered after 1 to 5 hours.
 */

const file = worldPerFile();
const program = 'lev-livet-med-kol';
let cohort = '';
const leaver: { id: string } = { id: '' };
const people: string[] = [];
// The calendar year the KOL cohort began in (it began 60 days ago); the world's cohort begins in 2027.
let year = 0;

type Cell = { program: string; measure: string; module: string | null; value: string | null; suppressed: boolean };

const owner = (sql: string, params: unknown[] = []) => file.db.owner.query(sql, params);
const evaluation = async (caller: Caller, municipality = 'kolding', of = year) =>
  (await file.db.request<Cell>(caller, 'select * from public.program_evaluation($1, $2)', [municipality, of])).rows;
const cells = (rows: Cell[], of = program) =>
  Object.fromEntries(
    rows
      .filter((row) => row.program === of)
      .map((row) => [
        row.module === null && row.measure !== 'dropped_out_in_module' ? row.measure : `${row.measure} ${row.module}`,
        row.suppressed ? 'suppressed' : row.value === null ? null : Number(row.value),
      ]),
  );

async function member(name: string, progress: 'all' | 'recent' | 'stalled' | 'second-module'): Promise<string> {
  const id = await createUser(file.db.owner, 'citizen', 'kolding', name);
  await owner(
    `insert into public.enrollments (cohort_id, citizen_id, enrolled_at) values ($1, $2, now() - interval '60 days')`,
    [cohort, id],
  );
  const lessons = {
    all: `select lesson_id, 'completed', now() - interval '3 days' from public.program_lessons where program = '${program}'`,
    recent: `select 'hvad-er-kol', 'completed', now() - interval '2 days'`,
    stalled: `select 'kol-medicin-og-inhalator', 'incomplete', now() - interval '40 days'`,
    'second-module': `select 'laebepust-og-hvilestillinger', 'incomplete', now() - interval '10 days'`,
  }[progress];
  await owner(
    `insert into public.progress (user_id, lesson_id, status, updated_at) select $1, l.lesson, l.status::public.lesson_status, l.at from (${lessons}) l(lesson, status, at)`,
    [id],
  );
  return id;
}

beforeAll(async () => {
  const { ids } = file.world;
  year = (await owner(`select extract(year from current_date - 60)::integer as year`)).rows[0]?.year;
  cohort = (
    await owner(
      `insert into public.cohorts (program, team_id, municipality, title, starts_on)
       values ($1, $2, 'kolding', 'KOL-holdet', current_date - 60) returning id`,
      [program, ids.team],
    )
  ).rows[0]?.id;
  for (const n of [1, 2, 3, 4, 5]) people.push(await member(`Færdig ${n}`, 'all'));
  for (const n of [1, 2, 3, 4, 5]) people.push(await member(`I gang ${n}`, 'recent'));
  for (const n of [1, 2]) await member(`Stoppet ${n}`, 'stalled');
  leaver.id = await member('Gik', 'second-module');

  const webinar = (
    await owner(
      `insert into public.webinar_sessions (team_id, cohort_id, title, starts_at, ends_at, capacity)
       values ($1, $2, 'Holdmøde', now() - interval '14 days', now() - interval '14 days' + interval '1 hour', 20) returning id`,
      [ids.team, cohort],
    )
  ).rows[0]?.id;
  for (const [index, citizen] of people.slice(0, 6).entries()) {
    await owner(
      `insert into public.registrations (session_id, citizen_id, status, attended) values ($1, $2, 'registered', $3)`,
      [webinar, citizen, index < 5],
    );
  }

  // Five care threads: a question (the first one in two messages), answered after 1 to 5 hours.
  for (const [index, citizen] of people.slice(0, 5).entries()) {
    const thread = (
      await owner(
        `insert into public.threads (kind, team_id, citizen_id, title) values ('care', $1, $2, 'Spørgsmål') returning id`,
        [ids.team, citizen],
      )
    ).rows[0]?.id;
    const say = (sender: string, at: string) =>
      owner(
        `insert into public.messages (thread_id, sender_id, body, created_at) values ($1, $2, 'Tekst', now() - $3::interval)`,
        [thread, sender, at],
      );
    await say(citizen, '20 hours');
    if (index === 0) await say(citizen, '19 hours 30 minutes');
    await say(ids.proIn, `${20 - (index + 1)} hours`);
  }
});

describe('the evaluation', () => {
  it('the one who leaves is still counted, without who they were', async () => {
    await file.db.request(
      { role: 'authenticated', sub: leaver.id },
      'delete from public.enrollments where citizen_id = auth.uid()',
    );
    const kept = await owner('select completed, last_module from public.cohort_departures where cohort_id = $1', [
      cohort,
    ]);
    expect(kept.rows).toEqual([{ completed: false, last_module: 'kol-vejrtraekning-og-kraefter' }]);
  });

  it('suppresses a group of 3 and the cell that would give it back; shows groups of 5 and more', async () => {
    const seen = cells(await evaluation(file.world.callers.proIn));
    expect(seen).toEqual({
      enrolled: 13,
      completed: 'suppressed',
      in_progress: 5,
      dropped_out: 'suppressed',
      // Dropped out is suppressed above, so its parts are too where they are not 0.
      'dropped_out_in_module forstaa-din-kol': 'suppressed',
      'dropped_out_in_module kol-vejrtraekning-og-kraefter': 'suppressed',
      'dropped_out_in_module kol-tryghed-i-hverdagen': 0,
      'dropped_out_in_module null': 0,
      webinar_seats: 6,
      webinar_attended: 'suppressed',
      webinar_absent: 'suppressed',
      webinar_unmarked: 0,
      citizen_messages: 5,
      messages_answered: 5,
      messages_unanswered: 0,
      median_answer_hours: 3,
    });
  });

  it("suppresses the world's cohort of two (one left), and shows 0 as 0", async () => {
    expect(cells(await evaluation(file.world.callers.admin, 'kolding', 2027), file.world.program)).toMatchObject({
      enrolled: 'suppressed',
      completed: 0,
      in_progress: 'suppressed',
      dropped_out: 'suppressed',
      'dropped_out_in_module null': 'suppressed',
      'dropped_out_in_module forstaa-din-diabetes': 0,
    });
  });

  it('message figures from fewer than 5 citizens are suppressed, however many messages', async () => {
    const citizen = people[0];
    const { team, proIn } = file.world.ids;
    await owner(`delete from public.threads where kind = 'care' and team_id = $1 and citizen_id <> $2`, [
      team,
      citizen,
    ]);
    const thread = (await owner(`select id from public.threads where kind = 'care' and citizen_id = $1`, [citizen]))
      .rows[0]?.id;
    for (const hours of [9, 8, 7, 6, 5, 4]) {
      await owner(
        `insert into public.messages (thread_id, sender_id, body, created_at) values ($1, $2, 'Igen', now() - $3::interval)`,
        [thread, hours % 2 ? proIn : citizen, `${hours} hours`],
      );
    }
    expect(cells(await evaluation(file.world.callers.proIn))).toMatchObject({
      citizen_messages: 'suppressed',
      messages_answered: 'suppressed',
      messages_unanswered: 'suppressed',
      median_answer_hours: 'suppressed',
    });
  });

  it('is for staff of teams serving the municipality and its administrators; aggregates are not logged per citizen', async () => {
    const { callers } = file.world;
    const before = (await owner('select 1 from public.audit_log')).rowCount;
    expect((await evaluation(callers.admin)).length).toBeGreaterThan(0);
    // Kolding's team serves Svendborg too, where no cohort has run.
    expect(await evaluation(callers.proIn, 'svendborg')).toEqual([]);
    expect((await owner('select 1 from public.audit_log')).rowCount).toBe(before);
    for (const [caller, municipality] of [
      [callers.proOut, 'kolding'],
      [callers.citizenA, 'kolding'],
      [callers.proIn, 'odense'],
      [callers.admin, 'svendborg'],
    ] as const) {
      await expectSqlError(evaluation(caller, municipality), '42501', `Only staff of teams serving ${municipality}`);
    }
    await expectSqlError(evaluation(callers.proIn, 'Kolding Kommune'), '22023', 'municipality must be');
    await expectSqlError(evaluation(callers.anon), '42501', 'permission denied');
  });

  it('takes the cohorts starting in one calendar year, whole years from 2000 to 2100 only', async () => {
    const { callers } = file.world;
    const programs = async (of: number) => [
      ...new Set((await evaluation(callers.proIn, 'kolding', of)).map((row) => row.program)),
    ];
    expect(await programs(year)).toContain(program);
    expect(await programs(2027)).toContain(file.world.program);
    if (year !== 2027) expect(await programs(year)).not.toContain(file.world.program);
    expect(await programs(2099)).toEqual([]);
    for (const wrong of [1999, 2101, null]) {
      await expectSqlError(
        file.db.request(callers.proIn, 'select * from public.program_evaluation($1, $2)', ['kolding', wrong]),
        '22023',
        'year must be a calendar year from 2000 to 2100',
      );
    }
    // No free period: two nested periods would give back by subtraction what each suppresses.
    await expectSqlError(
      file.db.request(callers.proIn, `select * from public.program_evaluation('kolding', '2027-01-01', '2028-01-01')`),
      '42883',
      'does not exist',
    );
  });

  it('suppresses the whole webinar table when its seats were held by 1 to 4 citizens, however many seats', async () => {
    const { ids, program: diabetes, callers } = file.world;
    const early = (
      await owner(
        `insert into public.cohorts (program, team_id, municipality, title, starts_on)
         values ($1, $2, 'kolding', 'Tidligt hold', '2025-03-01') returning id`,
        [diabetes, ids.team],
      )
    ).rows[0]?.id;
    for (const week of [0, 1, 2, 3, 4, 5]) {
      await owner(
        `with made as (
           insert into public.webinar_sessions (team_id, cohort_id, title, starts_at, ends_at, capacity)
           values ($1, $2, 'Holdmøde', timestamptz '2025-03-03 17:00+01' + $3 * interval '1 week',
             timestamptz '2025-03-03 18:00+01' + $3 * interval '1 week', 20) returning id
         )
         insert into public.registrations (session_id, citizen_id, status, attended)
         select id, $4, 'registered', $5 from made`,
        [ids.team, early, week, ids.citizenA, week < 5],
      );
    }
    expect(cells(await evaluation(callers.proIn, 'kolding', 2025), diabetes)).toMatchObject({
      webinar_seats: 'suppressed',
      webinar_attended: 'suppressed',
      webinar_absent: 'suppressed',
      webinar_unmarked: 'suppressed',
    });
  });

  it('counts no seats at a cancelled webinar', async () => {
    const { ids, callers } = file.world;
    const seats = async () => cells(await evaluation(callers.proIn)).webinar_seats;
    const before = await seats();
    const cancelled = (
      await owner(
        `insert into public.webinar_sessions (team_id, cohort_id, title, starts_at, ends_at, capacity, cancelled_at)
         values ($1, $2, 'Aflyst holdmøde', now() - interval '7 days', now() - interval '7 days' + interval '1 hour', 20,
           now() - interval '8 days') returning id`,
        [ids.team, cohort],
      )
    ).rows[0]?.id;
    for (const citizen of people.slice(0, 6)) {
      await owner(`insert into public.registrations (session_id, citizen_id, status) values ($1, $2, 'registered')`, [
        cancelled,
        citizen,
      ]);
    }
    expect(await seats()).toBe(before);
  });
});

describe('the rule for small groups', () => {
  it.each([
    ['a part of 1–4 and the smallest other non-zero part', 10, [3, 0, 7], false, '{f,t,f,t}'],
    ['two small parts protect each other', 5, [1, 4], false, '{f,t,t}'],
    ['a small total and its only part; zeros stay', 3, [3, 0], false, '{t,t,f}'],
    ['a total suppressed above: one part goes with it', 7, [0, 7], true, '{t,f,t}'],
    ['nothing small, nothing suppressed', 12, [5, 7], false, '{f,f,f}'],
  ])('%s', async (_, total, parts, totalHidden, expected) => {
    const { rows } = await owner('select private.hidden_cells($1, $2, $3)::text as hidden', [
      total,
      parts,
      totalHidden,
    ]);
    expect(rows[0]?.hidden).toBe(expected);
  });
});

describe('departures', () => {
  it('an erased account stays counted, once, with its outcome and without the person', async () => {
    const erased = people[4] ?? '';
    const before = await owner('select count(*)::integer as n from public.cohort_departures where cohort_id = $1', [
      cohort,
    ]);
    await file.db.request({ role: 'authenticated', sub: erased }, 'select public.delete_my_account()');
    const after = await owner('select completed from public.cohort_departures where cohort_id = $1 order by id desc', [
      cohort,
    ]);
    expect(after.rowCount).toBe((before.rows[0]?.n ?? 0) + 1);
    expect(after.rows[0]).toEqual({ completed: true });
    expect(cells(await evaluation(file.world.callers.admin))).toMatchObject({ enrolled: 13, in_progress: 5 });
  });

  it('a cohort deleted with its members takes its departures along and records none', async () => {
    const { ids } = file.world;
    const gone = (
      await owner(
        `insert into public.cohorts (program, team_id, municipality, title, starts_on)
         values ($1, $2, 'kolding', 'Aflyst hold', current_date) returning id`,
        [program, ids.team],
      )
    ).rows[0]?.id;
    await owner('insert into public.enrollments (cohort_id, citizen_id) values ($1, $2)', [gone, people[0]]);
    await file.db.request(file.world.callers.admin, 'delete from public.cohorts where id = $1', [gone]);
    expect((await owner('select 1 from public.cohort_departures where cohort_id = $1', [gone])).rowCount).toBe(0);
    expect((await owner('select 1 from public.cohorts where id = $1', [gone])).rowCount).toBe(0);
  });
});
