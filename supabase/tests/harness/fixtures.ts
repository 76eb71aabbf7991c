import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Caller } from './database.ts';

/*
 * A small world, written as the database owner: Kolding's team serves Kolding and Svendborg;
 * Odense has a team of its own. Citizen A (Kolding) is enrolled in the Kolding team's cohort,
 * registered for its open webinar, has booked a start-session and writes with the team in a care
 * thread. Citizen C (Svendborg) is served by the same team but has joined nothing, so the team
 * sees nothing of C. Citizen B lives in Odense. A professional in each team; an administrator in
 * Kolding.
 */

export const personaNames = [
  'anon',
  'citizenA',
  'citizenB',
  'citizenC',
  'proIn',
  'proOut',
  'admin',
  'service',
] as const;
export type PersonaName = (typeof personaNames)[number];

export interface World {
  callers: Record<PersonaName, Caller>;
  ids: {
    citizenA: string;
    citizenB: string;
    citizenC: string;
    proIn: string;
    proOut: string;
    admin: string;
    team: string;
    otherTeam: string;
    cohort: string;
    invitation: string;
    openSession: string;
    cohortSession: string;
    slot: string;
    appointment: string;
    thread: string;
    message: number;
    departure: number;
  };
  lesson: string;
  program: string;
}

export async function createUser(
  owner: pg.Pool,
  role: 'citizen' | 'professional' | 'admin',
  municipality: string,
  name: string,
): Promise<string> {
  const id = randomUUID();
  await owner.query(`insert into auth.users (id, email, raw_user_meta_data) values ($1, $2, $3)`, [
    id,
    `${id}@example.test`,
    { display_name: name },
  ]);
  await owner.query(`update public.profiles set role = $2, municipality = $3 where id = $1`, [id, role, municipality]);
  return id;
}

const one = async (owner: pg.Pool, sql: string, params: unknown[]) =>
  (await owner.query<{ id: string }>(sql, params)).rows[0]?.id ?? '';

export async function createWorld(owner: pg.Pool): Promise<World> {
  const lesson = 'maal-dit-blodsukker';
  const program = 'lev-livet-med-type-2-diabetes';
  const citizenA = await createUser(owner, 'citizen', 'kolding', 'Anna');
  const citizenB = await createUser(owner, 'citizen', 'odense', 'Bent');
  const citizenC = await createUser(owner, 'citizen', 'svendborg', 'Cecilie');
  const proIn = await createUser(owner, 'professional', 'kolding', 'Sygeplejerske Karen');
  const proOut = await createUser(owner, 'professional', 'odense', 'Diætist Ole');
  const admin = await createUser(owner, 'admin', 'kolding', 'Administrator Kim');

  const team = await one(
    owner,
    `insert into public.teams (name, municipality) values ('Diabetesteamet', 'kolding') returning id`,
    [],
  );
  const otherTeam = await one(
    owner,
    `insert into public.teams (name, municipality) values ('Odense-teamet', 'odense') returning id`,
    [],
  );
  await owner.query(`insert into public.team_members values ($1, $2), ($3, $4)`, [team, proIn, otherTeam, proOut]);
  // Kolding's team serves its own municipality (added with the team) and, by agreement, Svendborg.
  await owner.query(`insert into public.team_municipalities values ($1, 'svendborg')`, [team]);

  const cohort = await one(
    owner,
    `insert into public.cohorts (program, team_id, municipality, title, starts_on)
     values ($1, $2, 'kolding', 'Diabetesskolen, forår', '2027-02-01') returning id`,
    [program, team],
  );
  await owner.query(`insert into public.enrollments (cohort_id, citizen_id) values ($1, $2)`, [cohort, citizenA]);
  const invitation = await one(
    owner,
    `insert into public.cohort_invitations (cohort_id, email) values ($1, $2) returning id`,
    [cohort, `${citizenC}@example.test`],
  );

  const session = (cohortId: string | null, title: string) =>
    one(
      owner,
      `insert into public.webinar_sessions (team_id, cohort_id, title, starts_at, ends_at, capacity)
       values ($1, $2, $3, '2027-02-03 17:00+01', '2027-02-03 18:00+01', 20) returning id`,
      [team, cohortId, title],
    );
  const openSession = await session(null, 'Mad og blodsukker');
  const cohortSession = await session(cohort, 'Holdets første webinar');
  await owner.query(`insert into public.session_links values ($1, 'https://møde.example/mad')`, [openSession]);
  await owner.query(`insert into public.session_facilitators values ($1, $2)`, [openSession, proIn]);
  await owner.query(`insert into public.registrations (session_id, citizen_id, status) values ($1, $2, 'registered')`, [
    openSession,
    citizenA,
  ]);

  const slot = await one(
    owner,
    `insert into public.appointment_slots (team_id, professional_id, kind, starts_at, ends_at)
     values ($1, $2, 'start', '2027-02-02 10:00+01', '2027-02-02 10:45+01') returning id`,
    [team, proIn],
  );
  await owner.query(`insert into public.slot_links values ($1, 'https://video.example/a')`, [slot]);
  const appointment = await one(
    owner,
    `insert into public.appointments (slot_id, citizen_id, professional_id, starts_at, ends_at)
     select id, $2, professional_id, starts_at, ends_at from public.appointment_slots where id = $1 returning id`,
    [slot, citizenA],
  );

  const thread = await one(
    owner,
    `insert into public.threads (kind, team_id, citizen_id, title) values ('care', $1, $2, 'Spørgsmål om insulin') returning id`,
    [team, citizenA],
  );
  await owner.query(`insert into public.thread_members (thread_id, profile_id) values ($1, $2), ($1, $3)`, [
    thread,
    citizenA,
    proIn,
  ]);
  const message = Number(
    await one(
      owner,
      `insert into public.messages (thread_id, sender_id, body) values ($1, $2, 'Hvornår skal jeg måle?') returning id`,
      [thread, citizenA],
    ),
  );
  await owner.query(`insert into public.inbox_state (thread_id) values ($1)`, [thread]);
  await owner.query(
    `insert into public.progress (user_id, lesson_id, status, updated_at) values ($1, $2, 'incomplete', now())`,
    [citizenA, lesson],
  );
  // Someone who once left the cohort, as the evaluation counts them: no person attached.
  const departure = Number(
    await one(
      owner,
      `insert into public.cohort_departures (cohort_id, enrolled_at, completed) values ($1, '2026-10-01', false) returning id`,
      [cohort],
    ),
  );
  await owner.query(`insert into public.audit_log (actor_id, subject_id, action) values ($1, $2, 'cohort_overview')`, [
    proIn,
    citizenA,
  ]);

  const signedIn = (sub: string): Caller => ({ role: 'authenticated', sub });
  return {
    callers: {
      anon: { role: 'anon' },
      citizenA: signedIn(citizenA),
      citizenB: signedIn(citizenB),
      citizenC: signedIn(citizenC),
      proIn: signedIn(proIn),
      proOut: signedIn(proOut),
      admin: signedIn(admin),
      service: { role: 'service_role' },
    },
    ids: {
      citizenA,
      citizenB,
      citizenC,
      proIn,
      proOut,
      admin,
      team,
      otherTeam,
      cohort,
      invitation,
      openSession,
      cohortSession,
      slot,
      appointment,
      thread,
      message,
      departure,
    },
    lesson,
    program,
  };
}
