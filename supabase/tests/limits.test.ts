import { describe, expect, it } from 'vitest';
import type { Caller } from './harness/database.ts';
import { createUser } from './harness/fixtures.ts';
import { expectSqlError } from './harness/sqlError.ts';
import { worldPerFile } from './harness/worldPerFile.ts';

/*
 * Per-person limits (supabase/migrations/*_limits.sql): refused with PT429 (HTTP 429 through
 * PostgREST) and a message that says which limit, with nothing of the refused call kept.
 */

const file = worldPerFile();

async function koldingCitizen(name: string): Promise<Caller> {
  return { role: 'authenticated', sub: await createUser(file.db.owner, 'citizen', 'kolding', name) };
}
const count = async (sql: string, params: unknown[]) => (await file.db.owner.query(sql, params)).rowCount;

describe('limits per person', () => {
  it('500 care threads in one call are refused whole; five a day are allowed, the sixth is refused', async () => {
    const citizen = await koldingCitizen('Mange spørgsmål');
    await expectSqlError(
      file.db.request(citizen, `select public.open_care_thread($1, 'Emne ' || n) from generate_series(1, 500) n`, [
        file.world.ids.team,
      ]),
      'PT429',
      'Too many new conversations today: at most 5 allowed',
    );
    expect(await count('select 1 from public.threads where citizen_id = $1', [citizen.sub])).toBe(0);
    for (let n = 1; n <= 5; n += 1) {
      await file.db.request(citizen, 'select public.open_care_thread($1, $2)', [file.world.ids.team, `Emne ${n}`]);
    }
    await expectSqlError(
      file.db.request(citizen, 'select public.open_care_thread($1, $2)', [file.world.ids.team, 'Emne 6']),
      'PT429',
      'new conversations today',
    );
    expect(await count('select 1 from public.threads where citizen_id = $1', [citizen.sub])).toBe(5);
  });

  it('20 messages a minute, then a clear refusal; the 4,000-character limit stays', async () => {
    const citizen = await koldingCitizen('Skriver meget');
    const thread = (
      await file.db.request<{ id: string }>(citizen, 'select public.open_care_thread($1, $2) as id', [
        file.world.ids.team,
        'Mange beskeder',
      ])
    ).rows[0]?.id;
    await file.db.request(citizen, `select public.send_message($1, 'Besked ' || n) from generate_series(1, 20) n`, [
      thread,
    ]);
    await expectSqlError(
      file.db.request(citizen, 'select public.send_message($1, $2)', [thread, 'Én til']),
      'PT429',
      'Too many messages this minute',
    );
    await expectSqlError(
      file.db.request(file.world.callers.citizenA, 'select public.send_message($1, $2)', [
        file.world.ids.thread,
        'x'.repeat(4001),
      ]),
      '22001',
      'at most 4000',
    );
    expect(await count('select 1 from public.messages where thread_id = $1', [thread])).toBe(20);
  });

  it('ten webinar places at a time; a cancelled one frees room', async () => {
    const citizen = await koldingCitizen('Tilmelder alt');
    const { rows } = await file.db.owner.query<{ id: string }>(
      `insert into public.webinar_sessions (team_id, title, starts_at, ends_at, capacity)
       select $1, 'Webinar ' || n, now() + n * interval '1 day', now() + n * interval '1 day' + interval '1 hour', 30
       from generate_series(1, 11) n returning id`,
      [file.world.ids.team],
    );
    const webinars = rows.map(({ id }) => id);
    for (const webinar of webinars.slice(0, 10)) {
      await file.db.request(citizen, 'select public.register_for_session($1)', [webinar]);
    }
    await expectSqlError(
      file.db.request(citizen, 'select public.register_for_session($1)', [webinars[10]]),
      'PT429',
      'Too many webinar registrations: at most 10 allowed',
    );
    // Asking again for a webinar one is already in is not a new place.
    await file.db.request(citizen, 'select public.register_for_session($1)', [webinars[0]]);
    await file.db.request(citizen, 'select public.cancel_registration($1)', [webinars[0]]);
    await file.db.request(citizen, 'select public.register_for_session($1)', [webinars[10]]);
    await expectSqlError(
      file.db.request(citizen, 'select public.register_for_session($1)', [webinars[0]]),
      'PT429',
      'webinar registrations',
    );
  });

  it('a new login has no municipality, so it cannot take webinar seats or book sessions', async () => {
    const { rows } = await file.db.owner.query<{ id: string }>(
      `insert into auth.users (email) values ('engangskonto@example.test') returning id`,
    );
    const throwaway: Caller = { role: 'authenticated', sub: rows[0]?.id ?? '' };
    await expectSqlError(
      file.db.request(throwaway, 'select public.register_for_session($1)', [file.world.ids.openSession]),
      '42501',
      'for citizens of the municipalities its team serves',
    );
    await expectSqlError(
      file.db.request(throwaway, 'select public.book_appointment($1)', [file.world.ids.slot]),
      'P0002',
      'No such time',
    );
  });
});
