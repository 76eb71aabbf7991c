import { describe, expect, it } from 'vitest';
import type { Caller } from './harness/database.ts';
import { createUser } from './harness/fixtures.ts';
import { expectSqlError } from './harness/sqlError.ts';
import { worldPerFile } from './harness/worldPerFile.ts';

/*
 * Scheduling for staff (issue 15): webinars planned one at a time or weekly, listed with counts,
 * their capacity changed and cancelled with a notice to the citizens concerned; start- and
 * end-session times offered one at a time or as a series in Danish local time, bookings cancelled
 * with a notice, free times withdrawn. Each refusal names what was wrong, and changes nothing.
 */

const file = worldPerFile();

/** The next change of Danish clocks (the last Sunday of March or October) at least 10 days away. */
function nextClockChange(): string {
  const soonest = Date.now() + 10 * 86_400_000;
  const year = new Date().getUTCFullYear();
  const sundays = [year, year + 1].flatMap((y) =>
    [2, 9].map((month) => {
      const last = new Date(Date.UTC(y, month + 1, 0));
      last.setUTCDate(last.getUTCDate() - last.getUTCDay());
      return last;
    }),
  );
  const change = sundays.find((sunday) => sunday.getTime() > soonest);
  return (change as Date).toISOString().slice(0, 10);
}
const daysFrom = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** The Tuesday before the change, and the one after. */
const change = nextClockChange();
const tuesdayBefore = daysFrom(change, -5);

type WebinarArgs = {
  team?: string;
  title?: string | null;
  starts_at?: string | null;
  ends_at?: string | null;
  capacity?: number | null;
  facilitators?: string[] | null;
  weeks?: number | null;
  cohort?: string | null;
  meeting_url?: string | null;
};

async function createSeries(caller: Caller, args: WebinarArgs = {}) {
  const { ids } = file.world;
  const a = {
    team: ids.team,
    title: 'Spørgetime om mad',
    starts_at: '2027-01-12 17:00 Europe/Copenhagen',
    ends_at: '2027-01-12 18:00 Europe/Copenhagen',
    capacity: 10,
    facilitators: [ids.proIn],
    weeks: 1,
    cohort: null,
    meeting_url: 'https://møde.example/spoergetime',
    ...args,
  };
  const { rows } = await file.db.request<{ ids: string[] }>(
    caller,
    `select public.create_webinar_series(team => $1, title => $2, starts_at => $3, ends_at => $4, capacity => $5,
       facilitators => $6, weeks => $7, cohort => $8, meeting_url => $9) as ids`,
    [a.team, a.title, a.starts_at, a.ends_at, a.capacity, a.facilitators, a.weeks, a.cohort, a.meeting_url],
  );
  return rows[0]?.ids ?? [];
}

async function oneWebinar(capacity: number) {
  const { rows } = await file.db.request<{ id: string }>(
    file.world.callers.proIn,
    `select public.create_webinar($1, 'Motion i hverdagen', now() + interval '5 days', now() + interval '5 days 1 hour',
       $2, $3) as id`,
    [file.world.ids.team, capacity, [file.world.ids.proIn]],
  );
  return rows[0]?.id ?? '';
}

async function citizen(name: string): Promise<Caller> {
  const id = await createUser(file.db.owner, 'citizen', 'kolding', name);
  await file.db.owner.query('update auth.users set email_confirmed_at = now() where id = $1', [id]);
  return { role: 'authenticated', sub: id };
}

const register = (caller: Caller, webinar: string) =>
  file.db.request<{ status: string }>(caller, 'select public.register_for_session($1) as status', [webinar]);
const cancelWebinar = async (caller: Caller, webinar: string | null) =>
  (await file.db.request<{ told: number }>(caller, 'select public.cancel_webinar($1) as told', [webinar])).rows[0]
    ?.told;
const setCapacity = async (caller: Caller, webinar: string | null, capacity: number | null) =>
  (
    await file.db.request<{ registered: number; waiting: number }>(
      caller,
      'select * from public.set_webinar_capacity($1, $2)',
      [webinar, capacity],
    )
  ).rows[0];
const count = async (sql: string, params: unknown[] = []) =>
  Number((await file.db.owner.query<{ n: string }>(`select count(*) as n from (${sql}) rows`, params)).rows[0]?.n);
const statuses = async (webinar: string) =>
  Object.fromEntries(
    (
      await file.db.owner.query<{ citizen_id: string; status: string }>(
        'select citizen_id, status from public.registrations where session_id = $1',
        [webinar],
      )
    ).rows.map(({ citizen_id, status }) => [citizen_id, status]),
  );

describe('webinars planned by staff', () => {
  it('plans a webinar with facilitators and link in one call, and a weekly series at the same local time across the change of clocks', async () => {
    const { callers, ids } = file.world;
    const [single] = await createSeries(callers.proIn);
    const made = await file.db.owner.query(
      `select s.title, s.capacity, s.cohort_id, l.meeting_url, array_agg(f.professional_id) as facilitators
       from public.webinar_sessions s left join public.session_links l on l.session_id = s.id
       join public.session_facilitators f on f.session_id = s.id where s.id = $1
       group by s.title, s.capacity, s.cohort_id, l.meeting_url`,
      [single],
    );
    expect(made.rows).toEqual([
      {
        title: 'Spørgetime om mad',
        capacity: 10,
        cohort_id: null,
        meeting_url: 'https://møde.example/spoergetime',
        facilitators: [ids.proIn],
      },
    ]);

    const series = await createSeries(callers.proIn, {
      starts_at: `${tuesdayBefore} 17:00 Europe/Copenhagen`,
      ends_at: `${tuesdayBefore} 18:00 Europe/Copenhagen`,
      weeks: 3,
      cohort: ids.cohort,
      meeting_url: null,
    });
    expect(series).toHaveLength(3);
    const times = await file.db.owner.query<{ local: string; utc: string; minutes: number }>(
      `select to_char(starts_at at time zone 'Europe/Copenhagen', 'YYYY-MM-DD HH24:MI') as local,
         to_char(starts_at at time zone 'UTC', 'HH24:MI') as utc,
         extract(epoch from ends_at - starts_at)::integer / 60 as minutes
       from public.webinar_sessions where id = any($1) order by starts_at`,
      [series],
    );
    expect(times.rows.map(({ local }) => local)).toEqual(
      [0, 7, 14].map((days) => `${daysFrom(tuesdayBefore, days)} 17:00`),
    );
    expect(times.rows.every(({ minutes }) => minutes === 60)).toBe(true);
    // The clocks changed in between: the same local time is another hour in UTC.
    expect(new Set(times.rows.map(({ utc }) => utc)).size).toBe(2);
    expect(await count('select 1 from public.session_links where session_id = any($1)', [series])).toBe(0);
  });

  it('refuses bad arguments with a message naming them, and plans nothing', async () => {
    const { callers, ids } = file.world;
    const before = await count('select 1 from public.webinar_sessions');
    const refused = (args: WebinarArgs, code: string, message: string) =>
      expectSqlError(createSeries(callers.proIn, args), code, message);
    await refused({ title: null }, '22023', 'title must be 1 to 160 characters');
    await refused({ title: '   ' }, '22023', 'title must be 1 to 160 characters');
    await refused({ starts_at: '2020-01-01 17:00+01' }, '22023', 'starts_at must be in the future');
    await refused({ ends_at: '2027-01-12 16:00+01' }, '22023', 'ends_at must be after starts_at');
    await refused({ ends_at: '2027-01-13 17:00+01' }, '22023', 'at most 8 hours later');
    await refused({ capacity: 0 }, '22023', 'capacity must be a whole number from 1 to 1000');
    await refused({ capacity: 1001 }, '22023', 'capacity must be a whole number from 1 to 1000');
    await refused({ facilitators: [] }, '22023', 'facilitators must name 1 to 10 professionals of the team');
    await refused({ facilitators: [ids.proOut] }, '22023', 'facilitators must name');
    await refused({ facilitators: [ids.citizenA] }, '22023', 'facilitators must name');
    await refused({ meeting_url: 'http://møde.example/x' }, '22023', 'meeting link must be an https address');
    await refused({ weeks: 0 }, '22023', 'weeks must be a whole number from 1 to 26');
    await refused({ weeks: 27 }, '22023', 'weeks must be a whole number from 1 to 26');
    // A cohort of another team is no cohort of this one.
    const [otherCohort] = (
      await file.db.owner.query<{ id: string }>(
        `insert into public.cohorts (program, team_id, municipality, title, starts_on)
         values ('lev-livet-med-type-2-diabetes', $1, 'odense', 'Odense-holdet', '2027-02-01') returning id`,
        [ids.otherTeam],
      )
    ).rows;
    await refused({ cohort: otherCohort?.id ?? '' }, 'P0002', 'No such cohort in this team');
    expect(await count('select 1 from public.webinar_sessions')).toBe(before);
  });

  it("only those who run the team plan, change and cancel its webinars: not another team's professional, not citizens", async () => {
    const { callers, ids } = file.world;
    const webinar = await oneWebinar(5);
    for (const caller of [callers.proOut, callers.citizenA, callers.citizenB]) {
      await expectSqlError(createSeries(caller), 'P0002', 'No such team of yours');
      await expectSqlError(cancelWebinar(caller, webinar), 'P0002', 'No such webinar in your teams');
      await expectSqlError(setCapacity(caller, webinar, 8), 'P0002', 'No such webinar in your teams');
      await expectSqlError(
        file.db.request(caller, 'select * from public.team_webinars($1, now(), now() + interval $$30 days$$)', [
          ids.team,
        ]),
        'P0002',
        'No such team of yours',
      );
    }
    await expectSqlError(createSeries(callers.anon), '42501', 'permission denied');
    await expectSqlError(createSeries({ role: 'authenticated' }), '42501', 'Sign in first');
    // Kolding's administrator plans for the team, as the table's own rules allow.
    expect(await createSeries(callers.admin, { facilitators: [ids.proIn] })).toHaveLength(1);
    expect(
      (await file.db.owner.query('select cancelled_at from public.webinar_sessions where id = $1', [webinar])).rows,
    ).toEqual([{ cancelled_at: null }]);
  });

  it('raising the capacity moves the waitlist up in order; lowering it below the seats given is refused', async () => {
    const { callers } = file.world;
    const webinar = await oneWebinar(1);
    const [first, second, third] = [await citizen('Først'), await citizen('Anden'), await citizen('Tredje')];
    for (const caller of [first, second, third]) await register(caller, webinar);
    expect(await setCapacity(callers.proIn, webinar, 2)).toEqual({ registered: 2, waiting: 1 });
    expect(await statuses(webinar)).toEqual({
      [first.sub as string]: 'registered',
      [second.sub as string]: 'registered',
      [third.sub as string]: 'waiting',
    });
    await expectSqlError(
      setCapacity(callers.proIn, webinar, 1),
      '22023',
      'capacity cannot be lower than the 2 seats already given',
    );
    // Directly on the table too.
    await expectSqlError(
      file.db.request(callers.proIn, 'update public.webinar_sessions set capacity = 1 where id = $1', [webinar]),
      '22023',
      'capacity cannot be lower than the 2 seats',
    );
    await expectSqlError(setCapacity(callers.proIn, webinar, 0), '22023', 'capacity must be a whole number');
    await expectSqlError(setCapacity(callers.proIn, null, 3), '22023', 'webinar is required');
    expect(await setCapacity(callers.proIn, webinar, 2)).toEqual({ registered: 2, waiting: 1 });
  });

  it("lists the team's webinars in a period with counts, cancelled ones marked, and no names", async () => {
    const { callers, ids } = file.world;
    const webinar = await oneWebinar(1);
    await register(await citizen('Siddende'), webinar);
    await register(await citizen('Ventende'), webinar);
    const list = async () =>
      (
        await file.db.request<Record<string, unknown>>(
          callers.proIn,
          `select * from public.team_webinars($1, now(), now() + interval '30 days')`,
          [ids.team],
        )
      ).rows;
    const row = (await list()).find(({ id }) => id === webinar);
    expect(row).toMatchObject({
      title: 'Motion i hverdagen',
      capacity: 1,
      registered: 1,
      waiting: 1,
      cancelled_at: null,
      facilitators: [{ id: ids.proIn, name: 'Sygeplejerske Karen' }],
    });
    await cancelWebinar(callers.proIn, webinar);
    expect((await list()).find(({ id }) => id === webinar)).toMatchObject({
      registered: 1,
      waiting: 1,
      cancelled_at: expect.any(Date),
    });
    await expectSqlError(
      file.db.request(callers.proIn, `select * from public.team_webinars($1, now(), now() + interval '400 days')`, [
        ids.team,
      ]),
      '22023',
      'a period of at most 366 days',
    );
  });
});

describe('cancelling a webinar', () => {
  it('tells registered and waiting citizens, not those who had cancelled, with no title; asking twice tells nobody twice', async () => {
    const { callers } = file.world;
    const webinar = await oneWebinar(1);
    const [seated, waiting, left] = [await citizen('Siddende'), await citizen('Ventende'), await citizen('Gået')];
    await register(left, webinar);
    await register(seated, webinar);
    await file.db.request(left, 'select public.cancel_registration($1)', [webinar]);
    await register(waiting, webinar);
    expect(await statuses(webinar)).toEqual({
      [seated.sub as string]: 'registered',
      [waiting.sub as string]: 'waiting',
      [left.sub as string]: 'cancelled',
    });
    // A reminder queued before the cancellation no longer holds.
    await file.db.owner.query(
      `insert into public.notifications (profile_id, kind, session_id) values ($1, 'webinar_tomorrow', $2)`,
      [seated.sub, webinar],
    );
    // The waiting citizen turned webinar e-mails off: a cancellation is sent all the same.
    await file.db.request(
      waiting,
      'insert into public.notification_choices (profile_id, webinars) values (auth.uid(), false)',
    );

    expect(await cancelWebinar(callers.proIn, webinar)).toBe(2);
    expect(await cancelWebinar(callers.proIn, webinar)).toBe(0);
    const queued = await file.db.owner.query(
      'select profile_id, kind from public.notifications where session_id = $1 order by profile_id',
      [webinar],
    );
    expect(queued.rows).toEqual(
      [seated.sub, waiting.sub].sort().map((profile_id) => ({ profile_id, kind: 'webinar_cancelled' })),
    );
    const claimed = await file.db.request<{ kind: string; email: string }>(
      callers.service,
      'select kind, email from public.claim_notifications(500)',
    );
    const told = claimed.rows.filter(({ kind }) => kind === 'webinar_cancelled').map(({ email }) => email);
    expect(told).toEqual(expect.arrayContaining([`${seated.sub}@example.test`, `${waiting.sub}@example.test`]));
    expect(told).not.toContain(`${left.sub}@example.test`);
    expect(claimed.rows.map(({ kind }) => kind)).not.toContain('webinar_tomorrow');
    // The queue holds a kind and a webinar's id, never words.
    const columns = await file.db.owner.query<{ column_name: string }>(
      `select column_name from information_schema.columns where table_schema = 'public' and table_name = 'notifications'`,
    );
    expect(columns.rows.map(({ column_name }) => column_name).sort()).toEqual(
      ['appointment_id', 'created_at', 'id', 'kind', 'profile_id', 'sent_at', 'session_id', 'thread_id'].sort(),
    );
    // Registrations stay as they stood, for evaluation; a seat left now goes to nobody.
    await file.db.request(seated, 'select public.cancel_registration($1)', [webinar]);
    expect((await statuses(webinar))[waiting.sub as string]).toBe('waiting');
    expect(
      await count(`select 1 from public.notifications where session_id = $1 and kind = 'seat_granted'`, [webinar]),
    ).toBe(0);
  });

  it('takes the webinar away from citizens everywhere: their list, the table, registration, the link, the calendar feed, reminders', async () => {
    const { callers, ids } = file.world;
    const webinar = await oneWebinar(5);
    await file.db.owner.query(`insert into public.session_links values ($1, 'https://møde.example/motion')`, [webinar]);
    const seated = await citizen('Siddende');
    await register(seated, webinar);
    const secret = (await file.db.request<{ secret: string }>(seated, 'select public.renew_calendar_feed() as secret'))
      .rows[0]?.secret;
    const feed = async () =>
      (
        await file.db.request<{ id: string }>(callers.service, 'select id from public.calendar_feed_events($1)', [
          secret,
        ])
      ).rows.map(({ id }) => id);
    const listed = async (caller: Caller) =>
      (await file.db.request<{ id: string }>(caller, 'select id from public.webinars_for_me()')).rows.map(
        ({ id }) => id,
      );
    const onTable = async (caller: Caller) =>
      (await file.db.request(caller, 'select id from public.webinar_sessions where id = $1', [webinar])).rowCount;
    expect(await listed(seated)).toContain(webinar);
    expect(await feed()).toContain(webinar);
    expect(await onTable(callers.anon)).toBe(1);

    await cancelWebinar(callers.proIn, webinar);
    for (const caller of [seated, callers.citizenA, callers.proIn, callers.proOut]) {
      expect(await listed(caller)).not.toContain(webinar);
    }
    expect(await listed(callers.anon)).not.toContain(webinar);
    expect(await feed()).not.toContain(webinar);
    // Where the notice leads: the page says which webinar the team cancelled.
    const cancelled = await file.db.request(seated, 'select kind, id, title from public.cancelled_for_me()');
    expect(cancelled.rows).toEqual([{ kind: 'webinar', id: webinar, title: 'Motion i hverdagen' }]);
    expect(
      (await file.db.request(callers.citizenA, 'select id from public.cancelled_for_me()')).rows,
    ).not.toContainEqual({
      id: webinar,
    });
    for (const caller of [callers.anon, seated, callers.proOut]) expect(await onTable(caller)).toBe(0);
    // The team keeps seeing it.
    expect(await onTable(callers.proIn)).toBe(1);
    await expectSqlError(register(callers.citizenA, webinar), 'P0002', 'No such webinar');
    // No link in the join window, and no reminder before it.
    await file.db.owner.query(
      `update public.webinar_sessions set starts_at = now() + interval '10 minutes', ends_at = now() + interval '70 minutes' where id = $1`,
      [webinar],
    );
    expect(
      (await file.db.request(seated, 'select 1 from public.session_links where session_id = $1', [webinar])).rowCount,
    ).toBe(0);
    await file.db.request(callers.service, 'select public.queue_due_reminders()');
    expect(
      await count(
        `select 1 from public.notifications where session_id = $1 and kind like 'webinar_%' and kind <> 'webinar_cancelled'`,
        [webinar],
      ),
    ).toBe(0);
    // A cancellation stands, whichever way it is asked to be undone.
    await expectSqlError(
      file.db.request(callers.proIn, 'update public.webinar_sessions set cancelled_at = null where id = $1', [webinar]),
      '22023',
      'A cancelled webinar stays cancelled',
    );
    await expectSqlError(setCapacity(callers.proIn, webinar, 9), '22023', 'The webinar is cancelled');
    expect(ids.team).toBeTruthy();
  });

  it('refuses a webinar that is over, and a missing id', async () => {
    const { callers, ids } = file.world;
    const [past] = (
      await file.db.owner.query<{ id: string }>(
        `insert into public.webinar_sessions (team_id, title, starts_at, ends_at, capacity)
         values ($1, 'Forbi', now() - interval '2 hours', now() - interval '1 hour', 5) returning id`,
        [ids.team],
      )
    ).rows;
    await expectSqlError(cancelWebinar(callers.proIn, past?.id ?? ''), '22023', 'The webinar is over');
    await expectSqlError(setCapacity(callers.proIn, past?.id ?? '', 9), '22023', 'The webinar has started');
    await expectSqlError(cancelWebinar(callers.proIn, null), '22023', 'webinar is required');
  });
});

type SlotSeries = {
  team?: string;
  professional?: string;
  kind?: string | null;
  weekdays?: number[] | null;
  day_starts?: string | null;
  day_ends?: string | null;
  slot_minutes?: number | null;
  first_date?: string | null;
  weeks?: number | null;
  video_url?: string | null;
};

async function slotSeries(caller: Caller, args: SlotSeries = {}) {
  const { ids } = file.world;
  const a = {
    team: ids.team,
    professional: ids.proIn,
    kind: 'start',
    weekdays: [2],
    day_starts: '09:00',
    day_ends: '12:00',
    slot_minutes: 30,
    first_date: tuesdayBefore,
    weeks: 2,
    video_url: null,
    ...args,
  };
  const { rows } = await file.db.request<{ created: number; skipped: number }>(
    caller,
    `select * from public.create_slot_series($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      a.team,
      a.professional,
      a.kind,
      a.weekdays,
      a.day_starts,
      a.day_ends,
      a.slot_minutes,
      a.first_date,
      a.weeks,
      a.video_url,
    ],
  );
  return rows[0];
}
const createSlot = async (caller: Caller, startsAt: string, endsAt: string, professional = file.world.ids.proIn) =>
  (
    await file.db.request<{ id: string }>(caller, `select public.create_slot($1, $2, 'start', $3, $4) as id`, [
      file.world.ids.team,
      professional,
      startsAt,
      endsAt,
    ])
  ).rows[0]?.id ?? '';

describe('start- and end-session times offered by staff', () => {
  it('offers Tuesdays 09:00–12:00 in 30-minute times, 09:00 local on both sides of the change of clocks, skipping overlaps', async () => {
    const { callers, ids } = file.world;
    const tuesdayAfter = daysFrom(tuesdayBefore, 7);
    // Karen already has a time on the second Tuesday, 09:45–10:15: the 09:30 and 10:00 times overlap it.
    const existing = await createSlot(
      callers.proIn,
      `${tuesdayAfter} 09:45 Europe/Copenhagen`,
      `${tuesdayAfter} 10:15 Europe/Copenhagen`,
    );
    expect(await slotSeries(callers.proIn, { video_url: 'https://video.example/karen' })).toEqual({
      created: 10,
      skipped: 2,
    });
    const times = await file.db.owner.query<{ local: string; utc: string; linked: boolean }>(
      `select to_char(s.starts_at at time zone 'Europe/Copenhagen', 'YYYY-MM-DD HH24:MI') as local,
         to_char(s.starts_at at time zone 'UTC', 'HH24:MI') as utc, l.video_url is not null as linked
       from public.appointment_slots s left join public.slot_links l on l.slot_id = s.id
       where s.professional_id = $1 and s.starts_at between $2::date and $2::date + 9 and s.id <> $3
       order by s.starts_at`,
      [ids.proIn, tuesdayBefore, existing],
    );
    expect(times.rows.map(({ local }) => local)).toEqual([
      ...['09:00', '09:30', '10:00', '10:30', '11:00', '11:30'].map((time) => `${tuesdayBefore} ${time}`),
      ...['09:00', '10:30', '11:00', '11:30'].map((time) => `${tuesdayAfter} ${time}`),
    ]);
    expect(times.rows.every(({ linked }) => linked)).toBe(true);
    expect(times.rows[0]?.utc).not.toBe(times.rows[6]?.utc);
    // The same series again: every time overlaps, nothing is made.
    expect(await slotSeries(callers.proIn)).toEqual({ created: 0, skipped: 12 });
  });

  it('two series planned at once for one professional never overlap: one gets the times, the other skips them', async () => {
    const { callers } = file.world;
    const thursdays = { weekdays: [4], day_starts: '13:00', day_ends: '15:00' };
    const outcomes = await Promise.all([slotSeries(callers.proIn, thursdays), slotSeries(callers.admin, thursdays)]);
    expect(outcomes.map((outcome) => outcome?.created).sort()).toEqual([0, 8]);
    expect(outcomes.map((outcome) => outcome?.skipped).sort()).toEqual([0, 8]);
  });

  it('on the night the clocks go forward, offers each instant once and no time of day that does not exist', async () => {
    const { callers, ids } = file.world;
    // The next last Sunday of March at least a day away; 02:00–02:59 does not exist that night.
    const year = new Date().getUTCFullYear();
    const sunday = [year, year + 1]
      .map((y) => {
        const last = new Date(Date.UTC(y, 3, 0));
        last.setUTCDate(last.getUTCDate() - last.getUTCDay());
        return last;
      })
      .find((last) => last.getTime() > Date.now() + 86_400_000) as Date;
    const night = sunday.toISOString().slice(0, 10);
    expect(
      await slotSeries(callers.proIn, {
        weekdays: [7],
        day_starts: '02:00',
        day_ends: '03:30',
        first_date: night,
        weeks: 1,
      }),
    ).toEqual({ created: 1, skipped: 2 });
    const times = await file.db.owner.query<{ local: string }>(
      `select to_char(starts_at at time zone 'Europe/Copenhagen', 'HH24:MI') as local from public.appointment_slots
       where professional_id = $1 and (starts_at at time zone 'Europe/Copenhagen')::date = $2 order by starts_at`,
      [ids.proIn, night],
    );
    expect(times.rows.map(({ local }) => local)).toEqual(['03:00']);
  });

  it('refuses bad arguments and series over 500 times with a clear message, making nothing', async () => {
    const { callers, ids } = file.world;
    const before = await count('select 1 from public.appointment_slots');
    const refused = (args: SlotSeries, code: string, message: string) =>
      expectSqlError(slotSeries(callers.proIn, args), code, message);
    await refused({ weekdays: [] }, '22023', 'weekdays must be ISO weekday numbers');
    await refused({ weekdays: [0] }, '22023', 'weekdays must be ISO weekday numbers');
    await refused({ weekdays: [8] }, '22023', 'weekdays must be ISO weekday numbers');
    await refused({ slot_minutes: 5 }, '22023', 'slot_minutes must be a whole number from 10 to 240');
    await refused({ day_ends: '09:00' }, '22023', 'day_ends must be after day_starts');
    await refused({ day_ends: '09:20' }, '22023', 'no room for one time');
    await refused({ first_date: '2020-01-07' }, '22023', 'first_date must be from today to a year ahead');
    await refused({ weeks: 0 }, '22023', 'weeks must be a whole number from 1 to 52');
    await refused({ weeks: 53 }, '22023', 'weeks must be a whole number from 1 to 52');
    await refused({ kind: null }, '22023', 'kind must be start or end');
    await refused({ video_url: 'http://video.example/x' }, '22023', 'meeting link must be an https address');
    await refused({ professional: ids.proOut }, '22023', 'professional must be a professional of the team');
    await refused({ professional: ids.citizenA }, '22023', 'professional must be a professional of the team');
    await refused(
      { weekdays: [1, 2, 3, 4, 5, 6, 7], day_starts: '08:00', day_ends: '16:00', slot_minutes: 10 },
      '22023',
      'at most 500 times; this one would have 672',
    );
    for (const caller of [callers.proOut, callers.citizenA]) {
      await expectSqlError(slotSeries(caller), 'P0002', 'No such team of yours');
      await expectSqlError(
        createSlot(caller, '2027-06-01 09:00+02', '2027-06-01 09:30+02'),
        'P0002',
        'No such team of yours',
      );
    }
    await expectSqlError(
      createSlot(callers.proIn, '2027-02-02 10:30+01', '2027-02-02 11:00+01'),
      '23P01',
      'already offers a time that overlaps',
    );
    await expectSqlError(
      createSlot(callers.proIn, '2027-06-01 09:00+02', '2027-06-01 14:00+02'),
      '22023',
      'at most 4 hours later',
    );
    await expectSqlError(
      createSlot(callers.proIn, '2020-06-01 09:00+02', '2020-06-01 09:30+02'),
      '22023',
      'in the future',
    );
    expect(await count('select 1 from public.appointment_slots')).toBe(before);
  });

  it('the team cancels a booking and the citizen is told; the time is free again; a citizen cancelling tells nobody', async () => {
    const { callers, ids } = file.world;
    const cancelBooking = (caller: Caller, appointment: string | null) =>
      file.db.request(caller, 'select public.cancel_booking($1)', [appointment]);
    for (const caller of [callers.citizenA, callers.citizenB, callers.proOut, callers.admin]) {
      await expectSqlError(cancelBooking(caller, ids.appointment), 'P0002', 'No such booking in your teams');
    }
    await expectSqlError(cancelBooking(callers.proIn, null), '22023', 'appointment is required');
    await cancelBooking(callers.proIn, ids.appointment);
    await cancelBooking(callers.proIn, ids.appointment);
    expect(
      (
        await file.db.owner.query('select profile_id, kind from public.notifications where appointment_id = $1', [
          ids.appointment,
        ])
      ).rows,
    ).toEqual([{ profile_id: ids.citizenA, kind: 'appointment_cancelled' }]);
    const told = await file.db.request(
      callers.citizenA,
      `select kind, id from public.cancelled_for_me() where kind <> 'webinar'`,
    );
    expect(told.rows).toEqual([{ kind: 'start', id: ids.appointment }]);
    expect(
      (await file.db.owner.query('select cancelled_by from public.appointments where id = $1', [ids.appointment])).rows,
    ).toEqual([{ cancelled_by: ids.proIn }]);
    const free = await file.db.request<{ id: string }>(callers.citizenC, 'select id from public.free_slots_for_me()');
    expect(free.rows.map(({ id }) => id)).toContain(ids.slot);

    // Cecilie books a time and cancels it herself: nobody is told.
    const slot = await createSlot(callers.proIn, '2027-06-08 09:00+02', '2027-06-08 09:30+02');
    const booked = (
      await file.db.request<{ id: string }>(callers.citizenC, 'select public.book_appointment($1) as id', [slot])
    ).rows[0]?.id;
    await file.db.request(callers.citizenC, 'select public.cancel_appointment($1)', [booked]);
    expect(await count('select 1 from public.notifications where appointment_id = $1', [booked])).toBe(0);
    expect((await file.db.request(callers.citizenC, 'select id from public.cancelled_for_me()')).rows).toEqual([]);
  });

  it('withdraws a free time; a booked one is refused until the booking is cancelled', async () => {
    const { callers, ids } = file.world;
    const deleteSlot = (caller: Caller, slot: string | null) =>
      file.db.request(caller, 'select public.delete_slot($1)', [slot]);
    const slot = await createSlot(callers.proIn, '2027-06-15 09:00+02', '2027-06-15 09:30+02');
    await file.db.request(callers.citizenC, 'select public.book_appointment($1)', [slot]);
    await expectSqlError(deleteSlot(callers.proIn, slot), '22023', 'This time is booked: cancel the booking first');
    for (const caller of [callers.proOut, callers.citizenC]) {
      await expectSqlError(deleteSlot(caller, slot), 'P0002', 'No such time in your teams');
    }
    await expectSqlError(deleteSlot(callers.proIn, null), '22023', 'slot is required');
    const [booking] = (
      await file.db.request<{ appointment_id: string }>(
        callers.proIn,
        `select appointment_id from public.team_bookings($1, '2027-06-15', '2027-06-16') where status = 'booked'`,
        [ids.team],
      )
    ).rows;
    await file.db.request(callers.proIn, 'select public.cancel_booking($1)', [booking?.appointment_id]);
    await deleteSlot(callers.proIn, slot);
    // Once booked, the time is kept, withdrawn: the cancelled booking, its notice and what
    // cancelled_for_me tells the citizen stay.
    expect(
      await count('select 1 from public.appointment_slots where id = $1 and withdrawn_at is not null', [slot]),
    ).toBe(1);
    expect(
      await count(
        `select 1 from public.notifications where profile_id = $1 and kind = 'appointment_cancelled' and appointment_id = $2`,
        [ids.citizenC, booking?.appointment_id],
      ),
    ).toBe(1);
    expect(
      (await file.db.request<{ id: string }>(callers.citizenC, 'select id from public.cancelled_for_me()')).rows,
    ).toEqual([{ id: booking?.appointment_id }]);
    await deleteSlot(callers.proIn, slot);
    // A time never booked is deleted.
    const unbooked = await createSlot(callers.proIn, '2027-06-16 09:00+02', '2027-06-16 09:30+02');
    await deleteSlot(callers.proIn, unbooked);
    expect(await count('select 1 from public.appointment_slots where id = $1', [unbooked])).toBe(0);
  });

  it("a withdrawn time is offered to nobody: not listed, not bookable, marked in the team's list, and blocks no new time", async () => {
    const { callers } = file.world;
    const slot = await createSlot(callers.proIn, '2027-06-22 09:00+02', '2027-06-22 09:30+02');
    await file.db.request(callers.citizenC, 'select public.book_appointment($1)', [slot]);
    await file.db.owner.query(`update public.appointments set status = 'cancelled' where slot_id = $1`, [slot]);
    await file.db.request(callers.proIn, 'select public.delete_slot($1)', [slot]);
    const free = await file.db.request<{ id: string }>(callers.citizenC, 'select id from public.free_slots_for_me()');
    expect(free.rows.map(({ id }) => id)).not.toContain(slot);
    expect(
      (await file.db.request(callers.citizenC, 'select 1 from public.appointment_slots where id = $1', [slot]))
        .rowCount,
    ).toBe(0);
    await expectSqlError(
      file.db.request(callers.citizenC, 'select public.book_appointment($1)', [slot]),
      'P0002',
      'No such time',
    );
    const listed = await file.db.request<{ withdrawn: boolean }>(
      callers.proIn,
      'select withdrawn_at is not null as withdrawn from public.appointment_slots where id = $1',
      [slot],
    );
    expect(listed.rows).toEqual([{ withdrawn: true }]);
    // Nor is it deleted directly, with its bookings.
    await file.db.request(callers.proIn, 'delete from public.appointment_slots where id = $1', [slot]);
    expect(await count('select 1 from public.appointment_slots where id = $1', [slot])).toBe(1);
    // The same time can be offered anew.
    expect(await createSlot(callers.proIn, '2027-06-22 09:00+02', '2027-06-22 09:30+02')).not.toBe('');
  });
});
