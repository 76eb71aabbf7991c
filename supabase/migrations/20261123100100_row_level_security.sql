-- Row-level security on every table: one policy per command, for the signed-in role (and the
-- anonymous role only where the public site needs it). Policies ask the helpers below, which are
-- `security definer` so that a policy on a membership table does not recurse into itself.
-- Tables with no policy for a command refuse it: their changes go through checked functions.

-- ───────────────────────── helpers ─────────────────────────

create function private.my_role() returns public.user_role
language sql stable security definer set search_path = ''
as $$ select role from public.profiles where id = (select auth.uid()) $$;

create function private.administers(municipality text) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.profiles
    where id = (select auth.uid()) and role = 'admin' and profiles.municipality = administers.municipality
  )
$$;

-- Teams are professionals. An administrator is not a member (and so reads no team's conversations).
create function private.is_team_member(team uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.team_members m
    join public.profiles p on p.id = m.profile_id
    where m.team_id = team and m.profile_id = (select auth.uid()) and p.role = 'professional'
  )
$$;

create function private.is_professional(profile uuid) returns boolean
language sql stable security definer set search_path = ''
as $$ select exists (select 1 from public.profiles where id = profile and role = 'professional') $$;

-- A cohort takes citizens of its own municipality only.
create function private.may_join_cohort(citizen uuid, cohort uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.profiles p join public.cohorts c on c.municipality = p.municipality
    where p.id = citizen and p.role = 'citizen' and c.id = cohort
  )
$$;

create function private.cohort_of_team(cohort uuid, team uuid) returns boolean
language sql stable security definer set search_path = ''
as $$ select cohort is null or exists (select 1 from public.cohorts where id = cohort and team_id = team) $$;

create function private.administers_team(team uuid) returns boolean
language sql stable security definer set search_path = ''
as $$ select exists (select 1 from public.teams t where t.id = team and private.administers(t.municipality)) $$;

-- Members of a team and the administrators of its municipality run its cohorts, webinars and slots.
create function private.runs_team(team uuid) returns boolean
language sql stable security definer set search_path = ''
as $$ select private.is_team_member(team) or private.administers_team(team) $$;

create function private.is_enrolled(cohort uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (select 1 from public.enrollments where cohort_id = cohort and citizen_id = (select auth.uid()))
$$;

create function private.runs_cohort(cohort uuid) returns boolean
language sql stable security definer set search_path = ''
as $$ select exists (select 1 from public.cohorts c where c.id = cohort and private.runs_team(c.team_id)) $$;

create function private.runs_session(session uuid) returns boolean
language sql stable security definer set search_path = ''
as $$ select exists (select 1 from public.webinar_sessions s where s.id = session and private.runs_team(s.team_id)) $$;

create function private.runs_slot(slot uuid) returns boolean
language sql stable security definer set search_path = ''
as $$ select exists (select 1 from public.appointment_slots s where s.id = slot and private.runs_team(s.team_id)) $$;

create function private.can_see_session(session uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.webinar_sessions s
    where s.id = session
      and (s.cohort_id is null or private.is_enrolled(s.cohort_id) or private.runs_team(s.team_id))
  )
$$;

create function private.is_registered(session uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.registrations
    where session_id = session and citizen_id = (select auth.uid()) and status = 'registered'
  )
$$;

-- Who is in a thread follows from where it belongs, not from who once wrote in it: a care thread is
-- its citizen's and their team's (the shared inbox), a cohort chat its citizens' and team's, a staff
-- thread its team's. Whoever leaves the team or cohort leaves its threads. Administrators do not
-- read conversations. (thread_members holds read state only.)
create function private.can_see_thread(thread uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.threads t
    left join public.cohorts c on c.id = t.cohort_id
    where t.id = thread
      and case t.kind
        when 'care' then t.citizen_id = (select auth.uid()) or private.is_team_member(t.team_id)
        when 'staff' then private.is_team_member(t.team_id)
        when 'cohort' then private.is_enrolled(t.cohort_id) or private.is_team_member(c.team_id)
      end
  )
$$;

-- Whose name a person may see: their own, colleagues', people they share a thread or cohort with,
-- citizens their teams serve, and (for administrators) people of their municipality.
create function private.can_see_profile(profile uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select profile = (select auth.uid())
    or exists (
      select 1 from public.team_members mine
      join public.team_members theirs on theirs.team_id = mine.team_id
      where mine.profile_id = (select auth.uid()) and theirs.profile_id = profile
    )
    or exists (
      select 1 from public.thread_members theirs
      where theirs.profile_id = profile and private.can_see_thread(theirs.thread_id)
    )
    or exists (
      select 1 from public.enrollments e join public.cohorts c on c.id = e.cohort_id
      where e.citizen_id = profile and private.is_team_member(c.team_id)
    )
    or exists (
      select 1 from public.threads t
      where t.kind = 'care' and t.citizen_id = profile and private.is_team_member(t.team_id)
    )
    or exists (select 1 from public.profiles p where p.id = profile and private.administers(p.municipality))
$$;

-- Citizens see the teams they talk to; members and administrators see their teams.
create function private.can_see_team(team uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select private.runs_team(team)
    or exists (select 1 from public.threads t where t.team_id = team and t.kind = 'care' and t.citizen_id = (select auth.uid()))
$$;

create function private.is_member_of(team uuid, profile uuid) returns boolean
language sql stable security definer set search_path = ''
as $$ select exists (select 1 from public.team_members where team_id = team and profile_id = profile) $$;

create function private.offers_slots_to_me(team uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.teams t join public.profiles p on p.id = (select auth.uid())
    where t.id = team and p.role = 'citizen' and p.municipality = t.municipality
  )
$$;

revoke all on all functions in schema private from public;
grant execute on all functions in schema private to authenticated;

-- ───────────────────────── enable ─────────────────────────

alter table public.lessons enable row level security;
alter table public.profiles enable row level security;
alter table public.teams enable row level security;
alter table public.team_members enable row level security;
alter table public.cohorts enable row level security;
alter table public.enrollments enable row level security;
alter table public.webinar_sessions enable row level security;
alter table public.session_links enable row level security;
alter table public.session_facilitators enable row level security;
alter table public.registrations enable row level security;
alter table public.appointment_slots enable row level security;
alter table public.slot_links enable row level security;
alter table public.appointments enable row level security;
alter table public.threads enable row level security;
alter table public.thread_members enable row level security;
alter table public.messages enable row level security;
alter table public.inbox_state enable row level security;
alter table public.progress enable row level security;
alter table public.audit_log enable row level security;

-- ───────────────────────── policies ─────────────────────────

create policy "The lesson catalogue is public" on public.lessons
for select to anon, authenticated using (true);

create policy "People see the profiles they work or talk with" on public.profiles
for select to authenticated using (private.can_see_profile(id));
create policy "People change their own profile" on public.profiles
for update to authenticated using ((select auth.uid()) = id) with check ((select auth.uid()) = id);

create policy "Teams are seen by those who run them or talk to them" on public.teams
for select to authenticated using (private.can_see_team(id));
create policy "Administrators create teams in their municipality" on public.teams
for insert to authenticated with check (private.administers(municipality));
create policy "Administrators change teams in their municipality" on public.teams
for update to authenticated using (private.administers(municipality)) with check (private.administers(municipality));
create policy "Administrators delete teams in their municipality" on public.teams
for delete to authenticated using (private.administers(municipality));

create policy "Team members and administrators see team membership" on public.team_members
for select to authenticated using (private.runs_team(team_id));
create policy "Administrators add professionals to teams" on public.team_members
for insert to authenticated with check (private.administers_team(team_id) and private.is_professional(profile_id));
create policy "Administrators remove team members" on public.team_members
for delete to authenticated using (private.administers_team(team_id));

create policy "Cohorts are seen by their citizens and their team" on public.cohorts
for select to authenticated using (private.is_enrolled(id) or private.runs_team(team_id));
create policy "Teams create cohorts" on public.cohorts
for insert to authenticated with check (private.runs_team(team_id));
create policy "Teams change their cohorts" on public.cohorts
for update to authenticated using (private.runs_team(team_id)) with check (private.runs_team(team_id));
create policy "Administrators delete cohorts" on public.cohorts
for delete to authenticated using (private.administers_team(team_id));

create policy "Citizens see their enrollments; teams their cohorts'" on public.enrollments
for select to authenticated using ((select auth.uid()) = citizen_id or private.runs_cohort(cohort_id));
create policy "Teams enroll citizens of the cohort's municipality" on public.enrollments
for insert to authenticated with check (private.runs_cohort(cohort_id) and private.may_join_cohort(citizen_id, cohort_id));
create policy "Teams unenroll citizens" on public.enrollments
for delete to authenticated using (private.runs_cohort(cohort_id));

create policy "The public site lists open webinars" on public.webinar_sessions
for select to anon using (cohort_id is null);
create policy "Open webinars, and those of one's cohorts and teams" on public.webinar_sessions
for select to authenticated using (private.can_see_session(id));
create policy "Teams plan webinars, for their own cohorts" on public.webinar_sessions
for insert to authenticated with check (private.runs_team(team_id) and private.cohort_of_team(cohort_id, team_id));
create policy "Teams change their webinars" on public.webinar_sessions
for update to authenticated using (private.runs_team(team_id))
with check (private.runs_team(team_id) and private.cohort_of_team(cohort_id, team_id));
create policy "Teams cancel their webinars" on public.webinar_sessions
for delete to authenticated using (private.runs_team(team_id));

create policy "The meeting link is for registered citizens and the team" on public.session_links
for select to authenticated using (private.is_registered(session_id) or private.runs_session(session_id));
create policy "Teams set meeting links" on public.session_links
for insert to authenticated with check (private.runs_session(session_id));
create policy "Teams change meeting links" on public.session_links
for update to authenticated using (private.runs_session(session_id)) with check (private.runs_session(session_id));
create policy "Teams remove meeting links" on public.session_links
for delete to authenticated using (private.runs_session(session_id));

create policy "Facilitators are shown with the webinar" on public.session_facilitators
for select to authenticated using (private.can_see_session(session_id));
create policy "Teams add facilitators from their team" on public.session_facilitators
for insert to authenticated with check (
  private.runs_session(session_id)
  and exists (
    select 1 from public.webinar_sessions s
    where s.id = session_id and private.is_member_of(s.team_id, professional_id)
  )
);
create policy "Teams remove facilitators" on public.session_facilitators
for delete to authenticated using (private.runs_session(session_id));

create policy "Citizens see their registrations; teams their webinars'" on public.registrations
for select to authenticated using ((select auth.uid()) = citizen_id or private.runs_session(session_id));

create policy "Citizens see slots offered in their municipality; teams their own" on public.appointment_slots
for select to authenticated using (private.runs_team(team_id) or private.offers_slots_to_me(team_id));
create policy "Teams offer slots for their members" on public.appointment_slots
for insert to authenticated with check (private.runs_team(team_id) and private.is_member_of(team_id, professional_id));
create policy "Teams change their slots" on public.appointment_slots
for update to authenticated using (private.runs_team(team_id))
with check (private.runs_team(team_id) and private.is_member_of(team_id, professional_id));
create policy "Teams withdraw their slots" on public.appointment_slots
for delete to authenticated using (private.runs_team(team_id));

create policy "The video link is for the team and the citizen who booked" on public.slot_links
for select to authenticated using (
  private.runs_slot(slot_id)
  or exists (
    select 1 from public.appointments a
    where a.slot_id = slot_links.slot_id and a.status = 'booked' and a.citizen_id = (select auth.uid())
  )
);
create policy "Teams set video links" on public.slot_links
for insert to authenticated with check (private.runs_slot(slot_id));
create policy "Teams change video links" on public.slot_links
for update to authenticated using (private.runs_slot(slot_id)) with check (private.runs_slot(slot_id));
create policy "Teams remove video links" on public.slot_links
for delete to authenticated using (private.runs_slot(slot_id));

create policy "Appointments are seen by the citizen, the professional and the team" on public.appointments
for select to authenticated using ((select auth.uid()) in (citizen_id, professional_id) or private.runs_slot(slot_id));

create policy "Threads are seen by their members and, for care and staff threads, the team" on public.threads
for select to authenticated using (private.can_see_thread(id));

create policy "Thread members are seen with the thread" on public.thread_members
for select to authenticated using (private.can_see_thread(thread_id));

create policy "Messages are seen with the thread" on public.messages
for select to authenticated using (private.can_see_thread(thread_id));

create policy "Inbox state is seen with the thread" on public.inbox_state
for select to authenticated using (private.can_see_thread(thread_id));

create policy "Progress is seen by its owner only" on public.progress
for select to authenticated using ((select auth.uid()) = user_id);

create policy "Citizens see who read their data; administrators their municipality's log" on public.audit_log
for select to authenticated using (
  (select auth.uid()) = subject_id
  or exists (select 1 from public.profiles p where p.id = subject_id and private.administers(p.municipality))
);
