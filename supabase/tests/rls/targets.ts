import { type PersonaName, personaNames, type World } from '../harness/fixtures.ts';
import { freshId, type Target } from './matrix.ts';

/*
 * What each persona may do to each table, written out from the rules (not read from the policies):
 * s = sees the row, i = may insert, u = may update, d = may delete. "service" is Supabase's
 * service_role, which bypasses row-level security (server code only, never in a browser).
 */

const all = 'siud';

/** What each persona may do: the personas named here; nothing for the others; everything for service_role. */
export const only = (may: Partial<Record<PersonaName, string>>): Record<PersonaName, string> => ({
  ...(Object.fromEntries(personaNames.map((persona) => [persona, ''])) as Record<PersonaName, string>),
  service: all,
  ...may,
});

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
      insert: { values: { id: 'ny-lektion' } },
      updates: 'id',
      expected: only({ anon: 's', citizenA: 's', citizenB: 's', citizenC: 's', proIn: 's', proOut: 's', admin: 's' }),
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
      expected: only({ citizenA: 'su', proIn: 's', admin: 's' }),
    },
    {
      name: 'teams',
      table: 'teams',
      key: { id: ids.team },
      insert: { values: { name: 'Nyt team', municipality: 'kolding' } },
      updates: 'name',
      // A writes with the team, so sees its name; Kolding's administrator manages it.
      expected: only({ citizenA: 's', proIn: 's', admin: all }),
    },
    {
      name: 'team_members',
      table: 'team_members',
      key: { team_id: ids.team, profile_id: ids.proIn },
      insert: { values: { team_id: ids.team, profile_id: ids.proOut } },
      updates: 'profile_id',
      expected: only({ proIn: 's', admin: 'sid' }),
    },
    {
      name: 'cohorts',
      table: 'cohorts',
      key: { id: ids.cohort },
      insert: {
        values: { program, team_id: ids.team, municipality: 'kolding', title: 'Nyt hold', starts_on: '2027-09-01' },
      },
      updates: 'title',
      expected: only({ citizenA: 's', proIn: 'siu', admin: all }),
    },
    {
      name: 'enrollments',
      table: 'enrollments',
      key: { cohort_id: ids.cohort, citizen_id: ids.citizenA },
      // A new citizen of Kolding. Nobody enrols a citizen but the citizen themself, through
      // accept_cohort_invitation or join_cohort; the citizen may leave, the team take them off.
      insert: {
        prepare: `insert into auth.users (id) values ('${koldingCitizen}');
          update public.profiles set municipality = 'kolding' where id = '${koldingCitizen}';`,
        values: { cohort_id: ids.cohort, citizen_id: koldingCitizen },
      },
      updates: 'enrolled_at',
      expected: only({ citizenA: 'sd', proIn: 'sd', admin: 'sd' }),
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
      expected: only({ anon: 's', citizenA: 's', citizenB: 's', citizenC: 's', proIn: all, proOut: 's', admin: all }),
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
      expected: only({ citizenA: 's', proIn: all, admin: all }),
    },
    {
      name: 'session_links',
      table: 'session_links',
      key: { session_id: ids.openSession },
      insert: { values: { session_id: ids.cohortSession, meeting_url: 'https://møde.example/hold' } },
      updates: 'meeting_url',
      // Registered citizens get the link from 15 minutes before the start only; the fixture's is
      // months away (the window is tested in webinarsForCitizens.test.ts). The team's members always;
      // administrators plan (set_meeting_link) but join no meeting, so read and write no link row.
      expected: only({ proIn: all }),
    },
    {
      name: 'session_facilitators',
      table: 'session_facilitators',
      key: { session_id: ids.openSession, professional_id: ids.proIn },
      insert: { values: { session_id: ids.cohortSession, professional_id: ids.proIn } },
      updates: 'professional_id',
      expected: only({ citizenA: 's', citizenB: 's', citizenC: 's', proIn: 'sid', proOut: 's', admin: 'sid' }),
    },
    {
      name: 'registrations',
      table: 'registrations',
      key: { session_id: ids.openSession, citizen_id: ids.citizenA },
      insert: { values: { session_id: ids.cohortSession, citizen_id: ids.citizenA, status: 'registered' } },
      updates: 'status',
      // Attendee lists reach the team only through webinar_attendees, which logs the read.
      expected: only({ citizenA: 's' }),
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
      // Citizens of the municipalities the team serves (Kolding, Svendborg) may book; Odense's do not.
      // The fixture's time has a booking: the team withdraws it with delete_slot, never deletes it
      // (the booking would go with it).
      expected: only({ citizenA: 's', citizenC: 's', proIn: 'siu', admin: 'siu' }),
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
      // The link of A's booked session: the team always; A only from 15 minutes before it starts, and
      // the fixture's is months away (the window: sessionsForCitizens.test.ts). No other citizen, and
      // no administrator (they join no session).
      expected: only({ proIn: all }),
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
      // The team reads bookings through team_bookings, which logs the read.
      expected: only({ citizenA: 's' }),
    },
    {
      name: 'threads',
      table: 'threads',
      key: { id: ids.thread },
      insert: { values: { kind: 'staff', team_id: ids.team, title: 'Vagtplan' } },
      updates: 'title',
      // The team's shared inbox; administrators do not read conversations they are not in.
      expected: only({ citizenA: 's', proIn: 's' }),
    },
    {
      name: 'thread_members',
      table: 'thread_members',
      key: { thread_id: ids.thread, profile_id: ids.citizenA },
      insert: { values: { thread_id: ids.thread, profile_id: ids.proOut } },
      updates: 'last_read_at',
      expected: only({ citizenA: 's', proIn: 's' }),
    },
    {
      name: 'messages',
      table: 'messages',
      key: { id: ids.message },
      insert: { values: { thread_id: ids.thread, sender_id: ids.citizenA, body: 'Tak!' } },
      updates: 'body',
      // The team reads a citizen's words through thread_messages, which logs the read.
      expected: only({ citizenA: 's' }),
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
      // Staff serving the thread only; the citizen's view of their conversations is my_conversations.
      expected: only({ proIn: 's' }),
    },
    {
      name: 'progress',
      table: 'progress',
      key: { user_id: ids.citizenA, lesson_id: lesson },
      insert: { values: { user_id: ids.citizenA, lesson_id: 'hvad-er-kol', updated_at: '2026-11-23 10:00+01' } },
      updates: 'location',
      // Staff see progress only through cohort_overview, which writes the audit log.
      expected: only({ citizenA: 's' }),
    },
    {
      name: 'audit_log',
      table: 'audit_log',
      key: { subject_id: ids.citizenA },
      insert: { values: { actor_id: ids.proIn, subject_id: ids.citizenA, action: 'read' } },
      updates: 'action',
      expected: only({ citizenA: 's', admin: 's' }),
    },
    {
      name: 'cohorts (in a municipality the team does not serve)',
      table: 'cohorts',
      key: { id: ids.cohort },
      insert: {
        values: { program, team_id: ids.team, municipality: 'odense', title: 'Andres hold', starts_on: '2027-09-01' },
      },
      updates: 'title',
      expected: only({ citizenA: 's', proIn: 'su', admin: 'sud' }),
    },
    {
      name: 'team_municipalities',
      table: 'team_municipalities',
      key: { team_id: ids.team, municipality: 'svendborg' },
      // Kolding's administrator opens Kolding to Odense's team; only Svendborg's could open Svendborg.
      insert: { values: { team_id: ids.otherTeam, municipality: 'kolding' } },
      updates: 'municipality',
      expected: only({ proIn: 's', admin: 'sid' }),
    },
    {
      name: 'cohort_invitations',
      table: 'cohort_invitations',
      key: { id: ids.invitation },
      insert: { values: { cohort_id: ids.cohort, email: 'ny@example.test' } },
      updates: 'email',
      // The invitation to C's address: C sees and may decline it; the team sees whom it invited.
      expected: only({ citizenC: 'sd', proIn: 'sid', admin: 'sid' }),
    },
    {
      name: 'team_settings',
      table: 'team_settings',
      key: { team_id: ids.team },
      insert: {
        prepare: `delete from public.team_settings where team_id = '${ids.otherTeam}';`,
        values: { team_id: ids.otherTeam },
      },
      updates: 'inactive_after_days',
      // Changed only through set_team_settings, which checks both limits.
      expected: only({ proIn: 's', admin: 's' }),
    },
    {
      name: 'cohort_departures',
      table: 'cohort_departures',
      key: { id: ids.departure },
      insert: { values: { cohort_id: ids.cohort, enrolled_at: '2027-01-01', completed: false } },
      updates: 'completed',
      // Kept by the database when an enrolment ends; read only as counts, through program_evaluation.
      expected: only({}),
    },
    {
      name: 'program_modules',
      table: 'program_modules',
      key: { program, module: 'forstaa-din-diabetes' },
      insert: { values: { program: 'lev-livet-med-kol', module: 'nyt-modul', position: 9 } },
      updates: 'position',
      expected: only({ anon: 's', citizenA: 's', citizenB: 's', citizenC: 's', proIn: 's', proOut: 's', admin: 's' }),
    },
    {
      name: 'module_lessons',
      table: 'module_lessons',
      key: { module: 'forstaa-din-diabetes', lesson_id: lesson },
      insert: { values: { module: 'nyt-modul', lesson_id: lesson } },
      updates: 'module',
      expected: only({ anon: 's', citizenA: 's', citizenB: 's', citizenC: 's', proIn: 's', proOut: 's', admin: 's' }),
    },
    {
      name: 'program_lessons',
      table: 'program_lessons',
      key: { program, lesson_id: lesson },
      insert: { values: { program: 'lev-livet-med-kol', lesson_id: lesson } },
      updates: 'program',
      expected: only({ anon: 's', citizenA: 's', citizenB: 's', citizenC: 's', proIn: 's', proOut: 's', admin: 's' }),
    },
    {
      name: 'meeting_rooms',
      table: 'meeting_rooms',
      key: { session_id: ids.openSession },
      insert: {
        prepare: `delete from public.meeting_rooms where session_id = '${ids.cohortSession}';`,
        values: { session_id: ids.cohortSession },
      },
      updates: 'room',
      // Read only through meeting_for_me, which decides who may join: not even the team reads it directly.
      expected: only({}),
    },
  ];
}
