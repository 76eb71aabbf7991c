import type { World } from '../harness/fixtures.ts';
import { freshId, type Target } from './matrix.ts';

/*
 * What each persona may do to each table, written out from the rules (not read from the policies):
 * s = sees the row, i = may insert, u = may update, d = may delete. "service" is Supabase's
 * service_role, which bypasses row-level security (server code only, never in a browser).
 */

const all = 'siud';
const none = '';

export function matrixTargets(world: World): Target[] {
  const { ids, lesson, program } = world;
  const newUser = freshId();
  const laterSlot = freshId();
  const otherThread = freshId();
  const koldingCitizen = freshId();
  const freeSlot = freshId();
  return [
    {
      name: 'lessons',
      table: 'lessons',
      key: { id: lesson },
      insert: { values: { id: 'ny-lektion', program } },
      updates: 'program',
      expected: { anon: 's', citizenA: 's', citizenB: 's', proIn: 's', proOut: 's', admin: 's', service: all },
    },
    {
      name: "profiles (citizen A's)",
      table: 'profiles',
      key: { id: ids.citizenA },
      insert: {
        prepare: `insert into auth.users (id) values ('${newUser}'); delete from public.profiles where id = '${newUser}';`,
        values: { id: newUser, display_name: 'Ny' },
      },
      updates: 'display_name',
      // The team serving A and Kolding's administrator see A's name; only A changes it.
      expected: { anon: none, citizenA: 'su', citizenB: none, proIn: 's', proOut: none, admin: 's', service: all },
    },
    {
      name: 'teams',
      table: 'teams',
      key: { id: ids.team },
      insert: { values: { name: 'Nyt team', municipality: 'kolding' } },
      updates: 'name',
      // A writes with the team, so sees its name; Kolding's administrator manages it.
      expected: { anon: none, citizenA: 's', citizenB: none, proIn: 's', proOut: none, admin: all, service: all },
    },
    {
      name: 'team_members',
      table: 'team_members',
      key: { team_id: ids.team, profile_id: ids.proIn },
      insert: { values: { team_id: ids.team, profile_id: ids.proOut } },
      updates: 'profile_id',
      expected: { anon: none, citizenA: none, citizenB: none, proIn: 's', proOut: none, admin: 'sid', service: all },
    },
    {
      name: 'cohorts',
      table: 'cohorts',
      key: { id: ids.cohort },
      insert: {
        values: { program, team_id: ids.team, municipality: 'kolding', title: 'Nyt hold', starts_on: '2027-09-01' },
      },
      updates: 'title',
      expected: { anon: none, citizenA: 's', citizenB: none, proIn: 'siu', proOut: none, admin: all, service: all },
    },
    {
      name: 'enrollments',
      table: 'enrollments',
      key: { cohort_id: ids.cohort, citizen_id: ids.citizenA },
      // A new citizen of Kolding: a cohort takes only citizens of its municipality.
      insert: {
        prepare: `insert into auth.users (id) values ('${koldingCitizen}');
          update public.profiles set municipality = 'kolding' where id = '${koldingCitizen}';`,
        values: { cohort_id: ids.cohort, citizen_id: koldingCitizen },
      },
      updates: 'enrolled_at',
      expected: { anon: none, citizenA: 's', citizenB: none, proIn: 'sid', proOut: none, admin: 'sid', service: all },
    },
    {
      name: 'webinar_sessions (open to all)',
      table: 'webinar_sessions',
      key: { id: ids.openSession },
      insert: {
        values: {
          team_id: ids.team,
          title: 'Nyt webinar',
          starts_at: '2027-03-01 17:00+01',
          ends_at: '2027-03-01 18:00+01',
          capacity: 30,
        },
      },
      updates: 'title',
      expected: { anon: 's', citizenA: 's', citizenB: 's', proIn: all, proOut: 's', admin: all, service: all },
    },
    {
      name: "webinar_sessions (a cohort's)",
      table: 'webinar_sessions',
      key: { id: ids.cohortSession },
      insert: {
        values: {
          team_id: ids.team,
          cohort_id: ids.cohort,
          title: 'Holdets andet webinar',
          starts_at: '2027-03-08 17:00+01',
          ends_at: '2027-03-08 18:00+01',
          capacity: 12,
        },
      },
      updates: 'title',
      expected: { anon: none, citizenA: 's', citizenB: none, proIn: all, proOut: none, admin: all, service: all },
    },
    {
      name: 'session_links',
      table: 'session_links',
      key: { session_id: ids.openSession },
      insert: { values: { session_id: ids.cohortSession, meeting_url: 'https://møde.example/hold' } },
      updates: 'meeting_url',
      // Registered citizens get the link; citizen B, not registered, does not.
      expected: { anon: none, citizenA: 's', citizenB: none, proIn: all, proOut: none, admin: all, service: all },
    },
    {
      name: 'session_facilitators',
      table: 'session_facilitators',
      key: { session_id: ids.openSession, professional_id: ids.proIn },
      insert: { values: { session_id: ids.cohortSession, professional_id: ids.proIn } },
      updates: 'professional_id',
      expected: { anon: none, citizenA: 's', citizenB: 's', proIn: 'sid', proOut: 's', admin: 'sid', service: all },
    },
    {
      name: 'registrations',
      table: 'registrations',
      key: { session_id: ids.openSession, citizen_id: ids.citizenA },
      insert: { values: { session_id: ids.cohortSession, citizen_id: ids.citizenA, status: 'registered' } },
      updates: 'status',
      expected: { anon: none, citizenA: 's', citizenB: none, proIn: 's', proOut: none, admin: 's', service: all },
    },
    {
      name: 'appointment_slots',
      table: 'appointment_slots',
      key: { id: ids.slot },
      insert: {
        values: {
          team_id: ids.team,
          professional_id: ids.proIn,
          kind: 'end',
          starts_at: '2027-05-02 10:00+01',
          ends_at: '2027-05-02 10:45+01',
        },
      },
      updates: 'kind',
      // Citizens of the team's municipality may book; Odense's citizen does not see Kolding's slots.
      expected: { anon: none, citizenA: 's', citizenB: none, proIn: all, proOut: none, admin: all, service: all },
    },
    {
      name: 'slot_links',
      table: 'slot_links',
      key: { slot_id: ids.slot },
      insert: {
        prepare: `insert into public.appointment_slots (id, team_id, professional_id, kind, starts_at, ends_at)
          values ('${freeSlot}', '${ids.team}', '${ids.proIn}', 'end', '2027-06-02 10:00+01', '2027-06-02 10:45+01');`,
        values: { slot_id: freeSlot, video_url: 'https://video.example/b' },
      },
      updates: 'video_url',
      // The link of A's booked session: A and the team; not other citizens who can see the slot.
      expected: { anon: none, citizenA: 's', citizenB: none, proIn: all, proOut: none, admin: all, service: all },
    },
    {
      name: 'appointments',
      table: 'appointments',
      key: { id: ids.appointment },
      insert: {
        prepare: `insert into public.appointment_slots (id, team_id, professional_id, kind, starts_at, ends_at)
          values ('${laterSlot}', '${ids.team}', '${ids.proIn}', 'end', '2027-05-03 10:00+01', '2027-05-03 10:45+01');`,
        values: {
          slot_id: laterSlot,
          citizen_id: ids.citizenA,
          professional_id: ids.proIn,
          starts_at: '2027-05-03 10:00+01',
          ends_at: '2027-05-03 10:45+01',
        },
      },
      updates: 'status',
      expected: { anon: none, citizenA: 's', citizenB: none, proIn: 's', proOut: none, admin: 's', service: all },
    },
    {
      name: 'threads',
      table: 'threads',
      key: { id: ids.thread },
      insert: { values: { kind: 'staff', team_id: ids.team, title: 'Vagtplan' } },
      updates: 'title',
      // The team's shared inbox; administrators do not read conversations they are not in.
      expected: { anon: none, citizenA: 's', citizenB: none, proIn: 's', proOut: none, admin: none, service: all },
    },
    {
      name: 'thread_members',
      table: 'thread_members',
      key: { thread_id: ids.thread, profile_id: ids.citizenA },
      insert: { values: { thread_id: ids.thread, profile_id: ids.proOut } },
      updates: 'last_read_at',
      expected: { anon: none, citizenA: 's', citizenB: none, proIn: 's', proOut: none, admin: none, service: all },
    },
    {
      name: 'messages',
      table: 'messages',
      key: { id: ids.message },
      insert: { values: { thread_id: ids.thread, sender_id: ids.citizenA, body: 'Tak!' } },
      updates: 'body',
      expected: { anon: none, citizenA: 's', citizenB: none, proIn: 's', proOut: none, admin: none, service: all },
    },
    {
      name: 'inbox_state',
      table: 'inbox_state',
      key: { thread_id: ids.thread },
      insert: {
        prepare: `insert into public.threads (id, kind, team_id, citizen_id, title)
          values ('${otherThread}', 'care', '${ids.team}', '${ids.citizenB}', 'Andet spørgsmål');`,
        values: { thread_id: otherThread },
      },
      updates: 'status',
      expected: { anon: none, citizenA: 's', citizenB: none, proIn: 's', proOut: none, admin: none, service: all },
    },
    {
      name: 'progress',
      table: 'progress',
      key: { user_id: ids.citizenA, lesson_id: lesson },
      insert: { values: { user_id: ids.citizenA, lesson_id: 'hvad-er-kol', updated_at: '2026-11-23 10:00+01' } },
      updates: 'location',
      // Staff see progress only through cohort_overview, which writes the audit log.
      expected: { anon: none, citizenA: 's', citizenB: none, proIn: none, proOut: none, admin: none, service: all },
    },
    {
      name: 'audit_log',
      table: 'audit_log',
      key: { subject_id: ids.citizenA },
      insert: { values: { actor_id: ids.proIn, subject_id: ids.citizenA, action: 'read' } },
      updates: 'action',
      expected: { anon: none, citizenA: 's', citizenB: none, proIn: none, proOut: none, admin: 's', service: all },
    },
  ];
}
