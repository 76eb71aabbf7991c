import type { SundhedClient } from './client.ts';
import type { Database } from './database.types.ts';
import { unwrap } from './errors.ts';

/*
 * A team's cohorts: making one, inviting citizens (who accept or join with the code themselves),
 * the dashboard per cohort and its module chart, and marking what happened (webinar attendance,
 * start- and end-sessions held or missed). Who may, and the "at risk" rule, are the database's
 * (supabase/migrations/*_cohort_dashboard.sql); every dashboard read is in the citizen's audit log.
 */

type Enums = Database['public']['Enums'];
export type SessionState = Enums['session_state'];
export type RiskReason = Enums['risk_reason'];
export type AppointmentOutcome = Enums['appointment_outcome'];

export type Cohort = {
  id: string;
  program: string;
  teamId: string;
  municipality: string;
  title: string;
  startsOn: string;
  /** For the team to hand out; citizens join with it (any case, spaces and dashes allowed). */
  joinCode: string;
};
export type NewCohort = Omit<Cohort, 'id' | 'joinCode'>;
export type Invitation = { id: string; cohortId: string; email: string; invitedAt: string };

/** One citizen of a cohort, as the dashboard shows them. */
export type DashboardRow = {
  citizenId: string;
  displayName: string;
  enrolledAt: string;
  lessonsDone: number;
  lessonsTotal: number;
  /** Their latest lesson progress in the program; null if none. */
  lastActivity: string | null;
  /** Seats they held at the team's webinars (this cohort's and open ones) that have begun. */
  webinarsRegistered: number;
  /** Of those, the ones the team marked them as attending. */
  webinarsAttended: number;
  startSession: { state: SessionState; at: string | null };
  endSession: { state: SessionState; at: string | null };
  atRisk: boolean;
  riskReasons: RiskReason[];
};
/** One module of the cohort's program, in order: how many of the cohort's citizens completed it. */
export type ModuleCompletion = {
  module: string;
  position: number;
  lessons: number;
  completed: number;
  citizens: number;
};

type CohortRow = Database['public']['Tables']['cohorts']['Row'];
type InvitationRow = Database['public']['Tables']['cohort_invitations']['Row'];
type CohortInsert = Database['public']['Tables']['cohorts']['Insert'];
type DashboardAnswer = Database['public']['Functions']['cohort_dashboard']['Returns'][number];
type CompletionAnswer = Database['public']['Functions']['cohort_module_completion']['Returns'][number];

const cohortColumns = 'id, program, team_id, municipality, title, starts_on, join_code';

const cohortOf = (
  row: Pick<CohortRow, 'id' | 'program' | 'team_id' | 'municipality' | 'title' | 'starts_on' | 'join_code'>,
): Cohort => ({
  id: row.id,
  program: row.program,
  teamId: row.team_id,
  municipality: row.municipality,
  title: row.title,
  startsOn: row.starts_on,
  joinCode: row.join_code,
});

/** A dashboard row (the function's columns are never null but the times). */
export const dashboardRowOf = (row: DashboardAnswer): DashboardRow => ({
  citizenId: row.citizen_id ?? '',
  displayName: row.display_name ?? '',
  enrolledAt: row.enrolled_at ?? '',
  lessonsDone: row.lessons_done ?? 0,
  lessonsTotal: row.lessons_total ?? 0,
  lastActivity: row.last_activity,
  webinarsRegistered: row.webinars_registered ?? 0,
  webinarsAttended: row.webinars_attended ?? 0,
  startSession: { state: row.start_session ?? 'none', at: row.start_session_at },
  endSession: { state: row.end_session ?? 'none', at: row.end_session_at },
  atRisk: row.at_risk ?? false,
  riskReasons: row.risk_reasons ?? [],
});

const completionOf = (row: CompletionAnswer): ModuleCompletion => ({
  module: row.module ?? '',
  position: row.module_position ?? 0,
  lessons: row.lessons ?? 0,
  completed: row.completed ?? 0,
  citizens: row.citizens ?? 0,
});

/** The address as the database keeps it (lower case, no spaces around). */
export const normalisedEmail = (email: string): string => email.trim().toLowerCase();

export function cohortsAdapter(client: SundhedClient) {
  return {
    /** The cohorts of the reader's teams (and, for a citizen, their own), soonest start first. */
    async list(team?: string): Promise<Cohort[]> {
      const query = client.from('cohorts').select(cohortColumns);
      const rows = unwrap(await (team ? query.eq('team_id', team) : query).order('starts_on').order('title'));
      return rows.map(cohortOf);
    },
    /** A new cohort of a program, in a municipality the team serves (the database refuses others). */
    async create(cohort: NewCohort): Promise<Cohort> {
      const row = unwrap<CohortRow>(
        await client
          .from('cohorts')
          // The join code is made by the database (a trigger), whatever the generated type says.
          .insert({
            program: cohort.program,
            team_id: cohort.teamId,
            municipality: cohort.municipality,
            title: cohort.title.trim(),
            starts_on: cohort.startsOn,
          } as CohortInsert)
          .select(cohortColumns)
          .single(),
      );
      return cohortOf(row);
    },
    /** Invites an address; the citizen with it accepts or declines. Whether it has an account is never told. */
    async invite(cohort: string, email: string): Promise<Invitation> {
      const row = unwrap<InvitationRow>(
        await client
          .from('cohort_invitations')
          .insert({ cohort_id: cohort, email: normalisedEmail(email) })
          .select('id, cohort_id, email, invited_at')
          .single(),
      );
      return { id: row.id, cohortId: row.cohort_id, email: row.email, invitedAt: row.invited_at };
    },
    /** The invitations not yet accepted or declined, newest first. */
    async invitations(cohort: string): Promise<Invitation[]> {
      const rows = unwrap(
        await client
          .from('cohort_invitations')
          .select('id, cohort_id, email, invited_at')
          .eq('cohort_id', cohort)
          .order('invited_at', { ascending: false }),
      );
      return rows.map((row) => ({ id: row.id, cohortId: row.cohort_id, email: row.email, invitedAt: row.invited_at }));
    },
    async withdrawInvitation(invitation: string): Promise<void> {
      unwrap(await client.from('cohort_invitations').delete().eq('id', invitation));
    },
    /** Every citizen of the cohort with their figures and risk; logged as a read of each one. */
    async dashboard(cohort: string): Promise<DashboardRow[]> {
      return unwrap(await client.rpc('cohort_dashboard', { cohort })).map(dashboardRowOf);
    },
    /** The module chart: per module of the program, how many completed it; logged per citizen counted. */
    async moduleCompletion(cohort: string): Promise<ModuleCompletion[]> {
      return unwrap(await client.rpc('cohort_module_completion', { cohort })).map(completionOf);
    },
    /** After a webinar has begun: whether a citizen with a seat came. */
    async markAttendance(webinar: string, citizen: string, attended: boolean): Promise<void> {
      unwrap(await client.rpc('mark_attendance', { webinar, citizen, attended }));
    },
    /** After a start- or end-session has begun: held, or missed (which puts the citizen at risk). */
    async markAppointment(appointment: string, outcome: AppointmentOutcome): Promise<void> {
      unwrap(await client.rpc('mark_appointment', { appointment, outcome }));
    },
  };
}
