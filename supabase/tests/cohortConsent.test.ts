import { describe, expect, it } from 'vitest';
import type { Caller } from './harness/database.ts';
import { createUser } from './harness/fixtures.ts';
import { expectSqlError } from './harness/sqlError.ts';
import { worldPerFile } from './harness/worldPerFile.ts';

/*
 * Trust boundary: a team reaches only citizens of the municipalities it serves, and only those who
 * chose to join. The path that was open: make a cohort in another municipality, enrol a citizen whose
 * id showed in an attendee list, read their progress with cohort_overview.
 */

const file = worldPerFile();

async function citizenOf(municipality: string, name: string): Promise<Caller & { sub: string; email: string }> {
  const id = await createUser(file.db.owner, 'citizen', municipality, name);
  return { role: 'authenticated', sub: id, email: `${id}@example.test` };
}

const overviewNames = async (cohort: string) =>
  (
    await file.db.request<{ display_name: string }>(
      file.world.callers.proIn,
      'select display_name from public.cohort_overview($1)',
      [cohort],
    )
  ).rows.map(({ display_name }) => display_name);

describe("a team's reach", () => {
  it('the reported path is closed at every step', async () => {
    const { callers, ids } = file.world;
    // 1. No cohort in a municipality the team does not serve, new or moved.
    await expectSqlError(
      file.db.request(
        callers.proIn,
        `insert into public.cohorts (program, team_id, municipality, title, starts_on)
         values ($1, $2, 'odense', 'Odense-hold', '2027-03-01')`,
        [file.world.program, ids.team],
      ),
      '42501',
      'row-level security',
    );
    await expectSqlError(
      file.db.request(callers.proIn, `update public.cohorts set municipality = 'odense' where id = $1`, [ids.cohort]),
      '42501',
      'row-level security',
    );
    // 2. The attendee list is not readable directly (webinar_attendees logs it, and is the team's only).
    const direct = await file.db.request(callers.proIn, 'select citizen_id from public.registrations');
    expect(direct.rowCount).toBe(0);
    // 3. Nobody enrols a citizen but the citizen, whatever their municipality: no guessing either.
    for (const citizen of [ids.citizenB, ids.citizenC]) {
      await expectSqlError(
        file.db.request(callers.proIn, 'insert into public.enrollments (cohort_id, citizen_id) values ($1, $2)', [
          ids.cohort,
          citizen,
        ]),
        '42501',
        'permission denied for table enrollments',
      );
    }
    // 4. So the overview shows only the citizen who joined.
    expect(await overviewNames(ids.cohort)).toEqual(['Anna']);
  });

  it('a municipality is opened to a team by its own administrators only', async () => {
    await expectSqlError(
      file.db.request(file.world.callers.admin, `insert into public.team_municipalities values ($1, 'odense')`, [
        file.world.ids.team,
      ]),
      '42501',
      'row-level security',
    );
    await expectSqlError(
      file.db.request(file.world.callers.proIn, `insert into public.team_municipalities values ($1, 'svendborg')`, [
        file.world.ids.otherTeam,
      ]),
      '42501',
      'row-level security',
    );
  });

  it('open webinars and slots are for citizens of the municipalities the team serves', async () => {
    const { callers, ids } = file.world;
    const register = (caller: Caller) =>
      file.db.request<{ status: string }>(caller, 'select public.register_for_session($1) as status', [
        ids.openSession,
      ]);
    expect((await register(callers.citizenC)).rows[0]?.status).toBe('registered');
    await expectSqlError(register(callers.citizenB), '42501', 'for citizens of the municipalities its team serves');
    const slots = async (caller: Caller) =>
      (await file.db.request(caller, 'select id from public.appointment_slots where id = $1', [ids.slot])).rowCount;
    expect(await slots(callers.citizenC)).toBe(1);
    expect(await slots(callers.citizenB)).toBe(0);
    await expectSqlError(
      file.db.request(callers.citizenB, 'select public.book_appointment($1)', [ids.slot]),
      'P0002',
      'No such time',
    );
  });
});

describe('joining a cohort is the citizen’s choice', () => {
  it('by an invitation to their address, which the team cannot use to find out who has an account', async () => {
    const { callers, ids } = file.world;
    const dorte = await citizenOf('kolding', 'Dorte');
    for (const email of [dorte.email, 'ingen-konto@example.test']) {
      const invited = await file.db.request(
        callers.proIn,
        'insert into public.cohort_invitations (cohort_id, email) values ($1, $2) returning invited_by',
        [ids.cohort, email],
      );
      expect(invited.rows).toEqual([{ invited_by: ids.proIn }]);
    }
    // Until Dorte accepts, the team sees nothing of her.
    expect(await overviewNames(ids.cohort)).toEqual(['Anna']);
    const profile = await file.db.request(callers.proIn, 'select 1 from public.profiles where id = $1', [dorte.sub]);
    expect(profile.rowCount).toBe(0);

    const mine = await file.db.request<{ id: string }>(dorte, 'select id from public.cohort_invitations');
    expect(mine.rows).toHaveLength(1);
    // Another citizen cannot accept Dorte's invitation.
    await expectSqlError(
      file.db.request(callers.citizenA, 'select public.accept_cohort_invitation($1)', [mine.rows[0]?.id]),
      'P0002',
      'No such invitation',
    );
    await file.db.request(dorte, 'select public.accept_cohort_invitation($1)', [mine.rows[0]?.id]);
    expect(await overviewNames(ids.cohort)).toEqual(['Anna', 'Dorte']);
    expect((await file.db.request(dorte, 'select 1 from public.cohort_invitations')).rowCount).toBe(0);

    // She may leave again.
    await file.db.request(dorte, 'delete from public.enrollments where citizen_id = auth.uid()');
    expect(await overviewNames(ids.cohort)).toEqual(['Anna']);
  });

  it('by the cohort’s code, typed as printed; citizens of other municipalities and wrong codes are refused', async () => {
    const { callers, ids } = file.world;
    const code = (
      await file.db.request<{ join_code: string }>(
        callers.proIn,
        'select join_code from public.cohorts where id = $1',
        [ids.cohort],
      )
    ).rows[0]?.join_code;
    expect(code).toMatch(/^[A-Z2-9]{12}$/);
    const printed = `${code?.slice(0, 4)}-${code?.slice(4, 8)} ${code?.slice(8)}`.toLowerCase();

    const erik = await citizenOf('kolding', 'Erik');
    const joined = await file.db.request<{ cohort: string }>(erik, 'select public.join_cohort($1) as cohort', [
      printed,
    ]);
    expect(joined.rows[0]?.cohort).toBe(ids.cohort);
    await file.db.request(erik, 'select public.join_cohort($1)', [code]);
    expect(await overviewNames(ids.cohort)).toEqual(['Anna', 'Erik']);

    await expectSqlError(
      file.db.request(callers.citizenB, 'select public.join_cohort($1)', [code]),
      '42501',
      'This cohort is for citizens of kolding',
    );
    await expectSqlError(
      file.db.request(callers.citizenB, 'select public.join_cohort($1)', ['AAAA-BBBB-CCCC']),
      'P0002',
      'No cohort has that code',
    );
    await expectSqlError(
      file.db.request(callers.proIn, 'select public.join_cohort($1)', [code]),
      '42501',
      'Only citizens',
    );
  });
});

describe('attendee lists', () => {
  it('go to the team running the webinar only, and each read is logged', async () => {
    const { callers, ids } = file.world;
    const attendees = await file.db.request<{ display_name: string; status: string }>(
      callers.proIn,
      'select display_name, status from public.webinar_attendees($1)',
      [ids.openSession],
    );
    expect(attendees.rows).toContainEqual({ display_name: 'Anna', status: 'registered' });
    const logged = await file.db.owner.query(
      `select 1 from public.audit_log where actor_id = $1 and subject_id = $2 and action = 'webinar_attendees'`,
      [ids.proIn, ids.citizenA],
    );
    expect(logged.rowCount).toBe(1);
    for (const caller of [callers.admin, callers.proOut, callers.citizenA]) {
      await expectSqlError(
        file.db.request(caller, 'select * from public.webinar_attendees($1)', [ids.openSession]),
        'P0002',
        'No such webinar in your teams',
      );
    }
  });
});
