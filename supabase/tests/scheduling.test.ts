import { describe, expect, it } from 'vitest';
import { createUser, type World } from './harness/fixtures.ts';
import { expectSqlError } from './harness/sqlError.ts';
import { worldPerFile } from './harness/worldPerFile.ts';

const file = worldPerFile();

const register = (caller: World['callers'][keyof World['callers']], webinar: string | null) =>
  file.db.request<{ status: string }>(caller, 'select public.register_for_session($1) as status', [webinar]);
const cancel = (caller: World['callers'][keyof World['callers']], webinar: string | null) =>
  file.db.request(caller, 'select public.cancel_registration($1)', [webinar]);

async function newSession(capacity: number, startsIn = '7 days') {
  const { rows } = await file.db.owner.query<{ id: string }>(
    `insert into public.webinar_sessions (team_id, title, starts_at, ends_at, capacity)
     values ($1, 'Spørgetime', now() + $2::interval, now() + $2::interval + interval '1 hour', $3) returning id`,
    [file.world.ids.team, startsIn, capacity],
  );
  return rows[0]?.id ?? '';
}

async function citizen(name: string) {
  const id = await createUser(file.db.owner, 'citizen', 'kolding', name);
  return { role: 'authenticated' as const, sub: id };
}

const statuses = async (webinar: string) =>
  (
    await file.db.owner.query<{ citizen_id: string; status: string }>(
      'select citizen_id, status from public.registrations where session_id = $1 order by registered_at',
      [webinar],
    )
  ).rows;

describe('webinar registration', () => {
  it('registers while there are seats, then puts people on the waitlist; asking twice changes nothing', async () => {
    const webinar = await newSession(1);
    const first = await citizen('Første');
    const second = await citizen('Anden');
    expect((await register(first, webinar)).rows[0]?.status).toBe('registered');
    expect((await register(second, webinar)).rows[0]?.status).toBe('waiting');
    expect((await register(first, webinar)).rows[0]?.status).toBe('registered');
    expect((await register(second, webinar)).rows[0]?.status).toBe('waiting');
    expect(await statuses(webinar)).toHaveLength(2);
  });

  it('a cancelled seat goes to the first on the waitlist; cancelling twice is harmless', async () => {
    const webinar = await newSession(1);
    const [holder, early, late] = [await citizen('Holder'), await citizen('Tidlig'), await citizen('Sen')];
    await register(holder, webinar);
    await register(early, webinar);
    await register(late, webinar);
    await cancel(holder, webinar);
    await cancel(holder, webinar);
    const after = Object.fromEntries((await statuses(webinar)).map(({ citizen_id, status }) => [citizen_id, status]));
    expect(after).toEqual({ [holder.sub]: 'cancelled', [early.sub]: 'registered', [late.sub]: 'waiting' });
    // Registering again after cancelling joins the back of the queue.
    expect((await register(holder, webinar)).rows[0]?.status).toBe('waiting');
  });

  it('raising the capacity seats the waitlist in order, and a newcomer never passes the queue', async () => {
    const webinar = await newSession(1);
    const [holder, first, second, newcomer] = [
      await citizen('Holder'),
      await citizen('Første i kø'),
      await citizen('Anden i kø'),
      await citizen('Nykommer'),
    ];
    for (const caller of [holder, first, second]) await register(caller, webinar);
    await file.db.request(file.world.callers.proIn, 'update public.webinar_sessions set capacity = 2 where id = $1', [
      webinar,
    ]);
    expect((await register(newcomer, webinar)).rows[0]?.status).toBe('waiting');
    const after = Object.fromEntries((await statuses(webinar)).map(({ citizen_id, status }) => [citizen_id, status]));
    expect(after).toEqual({
      [holder.sub]: 'registered',
      [first.sub]: 'registered',
      [second.sub]: 'waiting',
      [newcomer.sub]: 'waiting',
    });
  });

  it('refuses bad calls with a clear error and changes nothing', async () => {
    const webinar = await newSession(5);
    const started = await newSession(5, '-10 minutes');
    const before = await file.db.owner.query('select * from public.registrations order by session_id, citizen_id');
    await expectSqlError(register(file.world.callers.citizenA, null), '22023', 'webinar is required');
    await expectSqlError(
      register(file.world.callers.citizenA, '00000000-0000-0000-0000-000000000000'),
      'P0002',
      'No such webinar',
    );
    // Citizen B is not in the cohort, so its webinar does not exist for B.
    await expectSqlError(
      register(file.world.callers.citizenB, file.world.ids.cohortSession),
      'P0002',
      'No such webinar',
    );
    await expectSqlError(register(file.world.callers.citizenA, started), '22023', 'registration is closed');
    await expectSqlError(register(file.world.callers.proIn, webinar), '42501', 'Only citizens');
    await expectSqlError(register(file.world.callers.anon, webinar), '42501', 'permission denied');
    await expectSqlError(register({ role: 'authenticated' }, webinar), '42501', 'Sign in first');
    await expectSqlError(cancel(file.world.callers.citizenB, webinar), 'P0002', 'not registered');
    await expectSqlError(
      file.db.request(file.world.callers.citizenA, 'select public.register_for_session($1)', ['ikke-et-id']),
      '22P02',
      'invalid input syntax for type uuid',
    );
    const after = await file.db.owner.query('select * from public.registrations order by session_id, citizen_id');
    expect(after.rows).toEqual(before.rows);
  });
});

describe('booking a start- or end-session', () => {
  async function slot(professional: string, startsIn = '3 days', minutes = 45) {
    const { rows } = await file.db.owner.query<{ id: string }>(
      `insert into public.appointment_slots (team_id, professional_id, kind, starts_at, ends_at)
       values ($1, $2, 'start', now() + $3::interval, now() + $3::interval + $4 * interval '1 minute') returning id`,
      [file.world.ids.team, professional, startsIn, minutes],
    );
    return rows[0]?.id ?? '';
  }
  const book = (caller: World['callers'][keyof World['callers']], id: string | null) =>
    file.db.request<{ id: string }>(caller, 'select public.book_appointment($1) as id', [id]);

  it('books a free time once; the next citizen is told it was just taken', async () => {
    const time = await slot(file.world.ids.proIn, '4 days');
    const other = await citizen('Anden borger');
    const booked = (await book(file.world.callers.citizenA, time)).rows[0]?.id;
    expect(booked).toMatch(/^[0-9a-f-]{36}$/);
    await expectSqlError(book(other, time), '23505', 'just been booked');
  });

  it('never double-books a professional, even across two overlapping slots', async () => {
    const first = await slot(file.world.ids.proIn, '5 days', 60);
    const overlapping = await slot(file.world.ids.proIn, '5 days 30 minutes', 60);
    await book(file.world.callers.citizenA, first);
    await expectSqlError(book(await citizen('Tredje'), overlapping), '23P01', 'already has an appointment');
  });

  it('frees the time when the citizen cancels', async () => {
    const time = await slot(file.world.ids.proIn, '6 days');
    const appointment = (await book(file.world.callers.citizenA, time)).rows[0]?.id ?? '';
    await file.db.request(file.world.callers.citizenA, 'select public.cancel_appointment($1)', [appointment]);
    expect((await book(await citizen('Næste'), time)).rows[0]?.id).toBeDefined();
    await expectSqlError(
      file.db.request(file.world.callers.citizenB, 'select public.cancel_appointment($1)', [appointment]),
      'P0002',
      'No such appointment',
    );
  });

  it('refuses bad calls with a clear error and books nothing', async () => {
    const past = await slot(file.world.ids.proIn, '-1 day');
    const time = await slot(file.world.ids.proIn, '8 days');
    const count = async () =>
      (await file.db.owner.query('select count(*)::int as n from public.appointments')).rows[0]?.n;
    const before = await count();
    await expectSqlError(book(file.world.callers.citizenA, null), '22023', 'slot is required');
    await expectSqlError(book(file.world.callers.citizenA, past), '22023', 'has passed');
    // Odense's citizen cannot book Kolding's team.
    await expectSqlError(book(file.world.callers.citizenB, time), 'P0002', 'No such time');
    await expectSqlError(book(file.world.callers.proIn, time), '42501', 'Only citizens');
    await expectSqlError(book(file.world.callers.anon, time), '42501', 'permission denied');
    expect(await count()).toBe(before);
  });
});
