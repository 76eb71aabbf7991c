import { describe, expect, it } from 'vitest';
import { createTestDatabase } from './harness/database.ts';
import { createWorld } from './harness/fixtures.ts';
import { expectSqlError } from './harness/sqlError.ts';
import { worldPerFile } from './harness/worldPerFile.ts';
import { runMatrix } from './rls/matrix.ts';
import { matrixTargets } from './rls/targets.ts';

const file = worldPerFile();

describe('row-level security', () => {
  it('every persona can do exactly what the rules say to every table', async () => {
    const { cells, mismatches } = await runMatrix(file.db, file.world, matrixTargets(file.world));
    console.log(`RLS matrix: ${cells} cells`);
    expect(mismatches).toEqual([]);
    expect(cells).toBe(29 * 8 * 4);
  });

  // Each rule, loosened on a database of its own, is reported as exactly the cells it opens.
  const loosened = async (sql: string) => {
    const loose = await createTestDatabase();
    try {
      const looseWorld = await createWorld(loose.owner);
      await loose.owner.query(sql);
      const { mismatches } = await runMatrix(loose, looseWorld, matrixTargets(looseWorld));
      return mismatches.map(({ target, persona, command }) => `${target} ${command} ${persona}`).sort();
    } finally {
      await loose.close();
    }
  };

  it('reports a loosened policy: progress readable by every signed-in user', async () => {
    expect(
      await loosened(`
        drop policy "Progress is seen by its owner only" on public.progress;
        create policy "Progress is seen by its owner only" on public.progress for select to authenticated using (true);
      `),
    ).toEqual([
      'progress select admin',
      'progress select citizenB',
      'progress select citizenC',
      'progress select proIn',
      'progress select proOut',
    ]);
  });

  it('reports a team opening cohorts in municipalities it does not serve', async () => {
    expect(
      await loosened(`
        drop policy "Teams create cohorts in municipalities they serve" on public.cohorts;
        create policy "Teams create cohorts" on public.cohorts for insert to authenticated with check (private.runs_team(team_id));
      `),
    ).toEqual([
      'cohorts (in a municipality the team does not serve) insert admin',
      'cohorts (in a municipality the team does not serve) insert proIn',
    ]);
  });

  it('reports staff enrolling citizens without their consent', async () => {
    expect(
      await loosened(`
        grant insert on public.enrollments to authenticated;
        create policy "Teams enroll citizens" on public.enrollments for insert to authenticated
        with check (private.runs_cohort(cohort_id));
      `),
    ).toEqual(['enrollments insert admin', 'enrollments insert proIn']);
  });

  it("reports staff reading attendee lists, bookings or citizens' messages without the audit log", async () => {
    expect(
      await loosened(`
        create policy "Teams read their webinars' registrations" on public.registrations for select to authenticated
        using (private.runs_session(session_id));
        create policy "Teams read their bookings" on public.appointments for select to authenticated
        using (private.runs_slot(slot_id));
        create policy "Teams read their threads' messages" on public.messages for select to authenticated
        using (private.can_see_thread(thread_id));
      `),
    ).toEqual([
      'appointments select admin',
      'appointments select proIn',
      'messages select proIn',
      'registrations select admin',
      'registrations select proIn',
    ]);
  });

  it('nobody changes their own role or municipality; access to teams and slots follows them', async () => {
    for (const [caller, column, value] of [
      [file.world.callers.citizenB, 'municipality', "'kolding'"],
      [file.world.callers.admin, 'municipality', "'odense'"],
      [file.world.callers.citizenA, 'role', "'admin'"],
    ] as const) {
      await expectSqlError(
        file.db.request(caller, `update public.profiles set ${column} = ${value} where id = auth.uid()`),
        '42501',
        'permission denied',
      );
    }
  });

  it('teams are professionals; nobody enrols a citizen but the citizen', async () => {
    // An administrator cannot join a team (and so read its inbox).
    await expectSqlError(
      file.db.request(file.world.callers.admin, 'insert into public.team_members values ($1, $2)', [
        file.world.ids.team,
        file.world.ids.admin,
      ]),
      '42501',
      'row-level security',
    );
    for (const person of [file.world.ids.citizenB, file.world.ids.citizenC, file.world.ids.proOut]) {
      await expectSqlError(
        file.db.request(
          file.world.callers.proIn,
          'insert into public.enrollments (cohort_id, citizen_id) values ($1, $2)',
          [file.world.ids.cohort, person],
        ),
        '42501',
        'permission denied',
      );
    }
    // A team cannot put a webinar on another team's cohort.
    await expectSqlError(
      file.db.request(
        file.world.callers.proOut,
        `insert into public.webinar_sessions (team_id, cohort_id, title, starts_at, ends_at, capacity)
         values ($1, $2, 'Snyltet', now() + interval '1 day', now() + interval '1 day 1 hour', 5)`,
        [file.world.ids.otherTeam, file.world.ids.cohort],
      ),
      '42501',
      'row-level security',
    );
  });

  it('every table in public has row-level security on, and every security definer function a fixed search_path', async () => {
    const tables = await file.db.owner.query<{ name: string }>(
      `select relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind = 'r' and not c.relrowsecurity`,
    );
    expect(tables.rows).toEqual([]);
    const functions = await file.db.owner.query<{ name: string }>(
      `select p.oid::regprocedure::text as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
       where n.nspname in ('public', 'private') and p.prosecdef
         and not coalesce(p.proconfig, '{}') @> array['search_path=""']`,
    );
    expect(functions.rows).toEqual([]);
  });
});
