import { describe, expect, it } from 'vitest';
import type { Caller } from './harness/database.ts';
import { worldPerFile } from './harness/worldPerFile.ts';

/*
 * Rules under load: 200 citizens register for 20 seats at once, and 50 try to book one time, each
 * on its own connection, as 200 simultaneous API requests would arrive.
 */

const file = worldPerFile({ apiConnections: 200 });

async function citizens(count: number): Promise<Caller[]> {
  const { rows } = await file.db.owner.query<{ id: string }>(
    `insert into auth.users (email, raw_user_meta_data)
     select 'parallel-' || n || '-' || gen_random_uuid() || '@example.test', jsonb_build_object('display_name', 'Borger ' || n)
     from generate_series(1, $1) n returning id`,
    [count],
  );
  const ids = rows.map(({ id }) => id);
  // The profiles are made by the sign-up trigger; these citizens live in Kolding.
  await file.db.owner.query(`update public.profiles set municipality = 'kolding' where id = any($1)`, [ids]);
  return ids.map((id) => ({ role: 'authenticated', sub: id }));
}

describe('under concurrency', () => {
  it('200 parallel registrations for 20 seats: exactly 20 registered, 180 waiting, in arrival order', async () => {
    const { rows } = await file.db.owner.query<{ id: string }>(
      `insert into public.webinar_sessions (team_id, title, starts_at, ends_at, capacity)
       values ($1, 'Populært webinar', now() + interval '2 days', now() + interval '2 days 1 hour', 20) returning id`,
      [file.world.ids.team],
    );
    const webinar = rows[0]?.id;
    const callers = await citizens(200);
    const answers = await Promise.all(
      callers.map((caller) =>
        file.db.request<{ status: string }>(caller, 'select public.register_for_session($1) as status', [webinar]),
      ),
    );
    const told = answers.map((answer) => answer.rows[0]?.status);
    expect(told.filter((status) => status === 'registered')).toHaveLength(20);
    expect(told.filter((status) => status === 'waiting')).toHaveLength(180);
    const stored = await file.db.owner.query<{ status: string; n: number }>(
      'select status, count(*)::int as n from public.registrations where session_id = $1 group by status order by status',
      [webinar],
    );
    expect(stored.rows).toEqual([
      { status: 'registered', n: 20 },
      { status: 'waiting', n: 180 },
    ]);
    // The seats went to the first 20 to be decided, and each was told what was stored.
    const firstTwenty = await file.db.owner.query<{ citizen_id: string; status: string }>(
      'select citizen_id, status from public.registrations where session_id = $1 order by registered_at limit 20',
      [webinar],
    );
    expect(firstTwenty.rows.every(({ status }) => status === 'registered')).toBe(true);
  });

  it('20 devices syncing one lesson for the first time at once: all accepted, merged into one row', async () => {
    const [reader] = await citizens(1);
    const copies = Array.from({ length: 20 }, (_, index) => ({
      status: index === 7 ? 'completed' : 'incomplete',
      score: index,
      updatedAt: new Date(Date.UTC(2026, 10, 20, 10, index)).toISOString(),
    }));
    const outcomes = await Promise.allSettled(
      copies.map((copy) =>
        file.db.request(reader as Caller, `select * from public.upsert_progress('hvad-er-kol', $1, $2, '', $3, $4)`, [
          copy.status,
          `del-${copy.score}`,
          copy.score,
          copy.updatedAt,
        ]),
      ),
    );
    expect(outcomes.filter(({ status }) => status === 'rejected')).toEqual([]);
    const { rows } = await file.db.owner.query(
      'select status, location, score::float as score from public.progress where user_id = $1',
      [reader?.sub],
    );
    expect(rows).toEqual([{ status: 'completed', location: 'del-19', score: 19 }]);
  });

  it('50 parallel bookings of one time: exactly one booked, 49 told it was taken', async () => {
    const { rows } = await file.db.owner.query<{ id: string }>(
      `insert into public.appointment_slots (team_id, professional_id, kind, starts_at, ends_at)
       values ($1, $2, 'start', now() + interval '3 days', now() + interval '3 days 45 minutes') returning id`,
      [file.world.ids.team, file.world.ids.proIn],
    );
    const slot = rows[0]?.id;
    const callers = await citizens(50);
    const outcomes = await Promise.allSettled(
      callers.map((caller) => file.db.request(caller, 'select public.book_appointment($1)', [slot])),
    );
    expect(outcomes.filter(({ status }) => status === 'fulfilled')).toHaveLength(1);
    const refusals = outcomes.flatMap((outcome) =>
      outcome.status === 'rejected' ? [(outcome.reason as { code?: string }).code] : [],
    );
    expect(refusals).toEqual(Array(49).fill('23505'));
    const booked = await file.db.owner.query('select count(*)::int as n from public.appointments where slot_id = $1', [
      slot,
    ]);
    expect(booked.rows[0]?.n).toBe(1);
  });
});
