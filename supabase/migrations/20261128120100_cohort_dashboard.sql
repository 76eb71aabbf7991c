-- ───────────────────────── the cohort dashboard ─────────────────────────
--
-- What a team sees of one cohort: per citizen their lessons, last activity, webinars attended, the
-- start- and end-session, and whether they are at risk and why; and per module of the program how
-- many have completed it. Every call logs one audit row per citizen shown (or counted).
--
-- Attendance is what the team marks after a webinar has begun (registrations.attended): having a
-- seat for a webinar that is over says nothing about who came. A start- or end-session is held or
-- missed as the team marks it once its time has come (appointments.outcome); until then it is
-- booked. One rule for "at risk", for the dashboard, the older cohort_overview and the evaluation:
-- - inactive: the cohort has started, the citizen has not completed the program, and nothing has
--   happened for the team's `team_settings.inactive_after_days` since the latest of their
--   enrolment, the cohort's start (midnight, Danish time) and their last lesson progress;
-- - missed_session: their latest start- or end-session with the team is marked missed (booking a
--   new time ends that, until the new one is missed too).
-- Start- and end-sessions are the team's with the citizen (slots belong to teams, not cohorts): a
-- citizen in two cohorts of one team shows the same sessions in both.
-- Webinars: one rule for which webinars' seats count, here and in the evaluation
-- (private.webinar_counts: begun, and held, not cancelled). Which webinars differs on purpose: the
-- dashboard is about a citizen, so it counts the cohort's webinars and the team's open ones they
-- took a seat at; the evaluation is about a program, so it counts the cohorts' own webinars only
-- (an open webinar belongs to no program and would count in every program its citizens are in).
-- Staff reach these figures through the functions only; administrators plan cohorts but, as for
-- attendee lists and bookings, do not read citizens' figures (they have the evaluation's aggregates).

-- ───────────────────────── types ─────────────────────────

create type public.session_state as enum ('none', 'booked', 'held', 'missed');
create type public.appointment_outcome as enum ('held', 'missed');
create type public.risk_reason as enum ('inactive', 'missed_session');

-- ───────────────────────── what the team marks ─────────────────────────

alter table public.registrations add column attended boolean;
comment on column public.registrations.attended is
  'Marked by the team once the webinar has begun: true came, false did not; null not marked.';

alter table public.appointments add column outcome public.appointment_outcome;
comment on column public.appointments.outcome is
  'Marked by the team once the session has begun: held or missed; null while only booked.';

-- A member of the webinar's team says whether a registered citizen came.
create function public.mark_attendance(webinar uuid, citizen uuid, attended boolean) returns void
language plpgsql volatile security definer set search_path = ''
as $$
declare
  session public.webinar_sessions;
begin
  perform private.signed_in();
  if webinar is null or citizen is null then
    raise exception 'webinar and citizen are required.' using errcode = '22023';
  end if;
  if mark_attendance.attended is null then
    raise exception 'attended must be true or false.' using errcode = '22023';
  end if;
  select * into session from public.webinar_sessions s where s.id = webinar;
  if not found or not private.is_team_member(session.team_id) then
    raise exception 'No such webinar in your teams.' using errcode = 'P0002';
  end if;
  if session.starts_at > now() then
    raise exception 'Attendance is marked once the webinar has begun.' using errcode = '22023';
  end if;
  update public.registrations r set attended = mark_attendance.attended
  where r.session_id = webinar and r.citizen_id = citizen and r.status = 'registered';
  if not found then
    raise exception 'That citizen had no seat at this webinar.' using errcode = 'P0002';
  end if;
end;
$$;

-- A member of the slot's team says whether a booked start- or end-session was held or missed.
create function public.mark_appointment(appointment uuid, outcome public.appointment_outcome) returns void
language plpgsql volatile security definer set search_path = ''
as $$
declare
  booking public.appointments;
  team uuid;
begin
  perform private.signed_in();
  if appointment is null then
    raise exception 'appointment is required.' using errcode = '22023';
  end if;
  if mark_appointment.outcome is null then
    raise exception 'outcome must be held or missed.' using errcode = '22023';
  end if;
  select * into booking from public.appointments a where a.id = appointment;
  select s.team_id into team from public.appointment_slots s where s.id = booking.slot_id;
  if booking.id is null or not private.is_team_member(team) then
    raise exception 'No such appointment in your teams.' using errcode = 'P0002';
  end if;
  if booking.status <> 'booked' then
    raise exception 'A cancelled appointment is neither held nor missed.' using errcode = '22023';
  end if;
  if booking.starts_at > now() then
    raise exception 'An appointment is marked held or missed once it has begun.' using errcode = '22023';
  end if;
  update public.appointments a set outcome = mark_appointment.outcome where a.id = appointment;
end;
$$;

-- ───────────────────────── the rule, once ─────────────────────────

-- Whether a webinar's seats count, for the dashboard and the evaluation alike: it has begun (a seat
-- at one still to come says nothing of who came). 20261128130000 adds that it was held: a cancelled
-- webinar counts no seats (it replaces this function, once cancelled_at exists).
create function private.webinar_counts(session uuid) returns boolean
language sql stable security definer set search_path = ''
as $$ select exists (select 1 from public.webinar_sessions s where s.id = session and s.starts_at <= now()) $$;

-- A citizen's start- or end-session with a team: their latest booked one (cancelled ones do not
-- count), as the team has marked it.
create function private.session_state(citizen uuid, team uuid, session_kind public.appointment_kind)
returns table (state public.session_state, starts_at timestamptz)
language sql stable security definer set search_path = ''
as $$
  select coalesce(latest.outcome::text, case when latest.starts_at is null then 'none' else 'booked' end)::public.session_state,
    latest.starts_at
  from (select 1) one
  left join lateral (
    select a.outcome, a.starts_at
    from public.appointments a join public.appointment_slots s on s.id = a.slot_id
    where a.citizen_id = citizen and s.team_id = team and s.kind = session_kind and a.status = 'booked'
    order by a.starts_at desc, a.id
    limit 1
  ) latest on true
$$;

create function private.risk_reasons(
  started boolean,
  completed boolean,
  active_since timestamptz,
  inactive_after_days integer,
  start_session public.session_state,
  end_session public.session_state
) returns public.risk_reason[]
language sql stable set search_path = ''
as $$
  select array_remove(array[
    case when started and not completed and active_since < now() - make_interval(days => inactive_after_days)
      then 'inactive'::public.risk_reason end,
    case when 'missed' in (start_session, end_session) then 'missed_session'::public.risk_reason end
  ], null)
$$;

-- Everything the dashboard, the overview and the evaluation know of a cohort's current members.
-- Not for callers: the public functions check who asks and log the read first.
create function private.cohort_members(cohort uuid)
returns table (
  citizen_id uuid,
  display_name text,
  enrolled_at timestamptz,
  lessons_done integer,
  lessons_total integer,
  last_activity timestamptz,
  last_lesson public.slug,
  webinars_registered integer,
  webinars_attended integer,
  start_session public.session_state,
  start_session_at timestamptz,
  end_session public.session_state,
  end_session_at timestamptz,
  completed boolean,
  risk_reasons public.risk_reason[]
)
language sql stable security definer set search_path = ''
as $$
  with run as (
    select c.id, c.team_id, c.program,
      c.starts_on <= (now() at time zone 'Europe/Copenhagen')::date as started,
      c.starts_on::timestamp at time zone 'Europe/Copenhagen' as starts_at,
      coalesce(ts.inactive_after_days, 14) as inactive_after_days
    from public.cohorts c left join public.team_settings ts on ts.team_id = c.team_id
    where c.id = cohort
  ),
  lessons as (select pl.lesson_id from public.program_lessons pl join run on run.program = pl.program),
  total as (select count(*)::integer as n from lessons),
  members as (
    select e.citizen_id, e.enrolled_at,
      (
        select count(*)::integer from public.progress p
        where p.user_id = e.citizen_id and p.status = 'completed' and p.lesson_id in (select lesson_id from lessons)
      ) as done,
      latest.lesson_id as last_lesson,
      latest.updated_at as last_activity
    from public.enrollments e
    left join lateral (
      select p.lesson_id, p.updated_at from public.progress p
      where p.user_id = e.citizen_id and p.lesson_id in (select lesson_id from lessons)
      order by p.updated_at desc, p.lesson_id
      limit 1
    ) latest on true
    where e.cohort_id = cohort
  )
  select m.citizen_id, pr.display_name, m.enrolled_at, m.done, total.n, m.last_activity, m.last_lesson,
    webinars.registered, webinars.attended,
    start_session.state, start_session.starts_at, end_session.state, end_session.starts_at,
    total.n > 0 and m.done >= total.n,
    private.risk_reasons(
      run.started, total.n > 0 and m.done >= total.n, greatest(m.enrolled_at, run.starts_at, m.last_activity),
      run.inactive_after_days, start_session.state, end_session.state
    )
  from members m
  cross join run
  cross join total
  join public.profiles pr on pr.id = m.citizen_id
  cross join lateral private.session_state(m.citizen_id, run.team_id, 'start') start_session
  cross join lateral private.session_state(m.citizen_id, run.team_id, 'end') end_session
  -- The team's webinars for this cohort and its open ones that have begun, where the citizen had a seat.
  cross join lateral (
    select count(*)::integer as registered, count(*) filter (where r.attended)::integer as attended
    from public.registrations r join public.webinar_sessions w on w.id = r.session_id
    where r.citizen_id = m.citizen_id and r.status = 'registered' and w.team_id = run.team_id
      and (w.cohort_id = run.id or w.cohort_id is null) and private.webinar_counts(w.id)
  ) webinars
$$;

-- The cohort, if the signed-in person is a member of its team; otherwise "no such cohort".
create function private.my_teams_cohort(cohort uuid) returns public.cohorts
language plpgsql stable security definer set search_path = ''
as $$
declare
  run public.cohorts;
begin
  perform private.signed_in();
  if cohort is null then
    raise exception 'cohort is required.' using errcode = '22023';
  end if;
  select * into run from public.cohorts c where c.id = cohort;
  if not found or not private.is_team_member(run.team_id) then
    raise exception 'No such cohort in your teams.' using errcode = 'P0002';
  end if;
  return run;
end;
$$;

-- ───────────────────────── what staff call ─────────────────────────

create function public.cohort_dashboard(cohort uuid)
returns table (
  citizen_id uuid,
  display_name text,
  enrolled_at timestamptz,
  lessons_done integer,
  lessons_total integer,
  last_activity timestamptz,
  webinars_registered integer,
  webinars_attended integer,
  start_session public.session_state,
  start_session_at timestamptz,
  end_session public.session_state,
  end_session_at timestamptz,
  at_risk boolean,
  risk_reasons public.risk_reason[]
)
language plpgsql volatile security definer set search_path = ''
as $$
begin
  perform private.my_teams_cohort(cohort);
  perform private.log_reads(
    array(select e.citizen_id from public.enrollments e where e.cohort_id = cohort),
    'cohort_dashboard',
    jsonb_build_object('cohort', cohort)
  );
  return query
  select m.citizen_id, m.display_name, m.enrolled_at, m.lessons_done, m.lessons_total, m.last_activity,
    m.webinars_registered, m.webinars_attended, m.start_session, m.start_session_at, m.end_session,
    m.end_session_at, cardinality(m.risk_reasons) > 0, m.risk_reasons
  from private.cohort_members(cohort) m
  order by m.display_name, m.citizen_id;
end;
$$;

-- Per module of the cohort's program, in order: its lessons, and how many of the cohort's current
-- citizens have completed every one of them (of `citizens`).
create function public.cohort_module_completion(cohort uuid)
returns table (module public.slug, module_position integer, lessons integer, completed integer, citizens integer)
language plpgsql volatile security definer set search_path = ''
as $$
declare
  run public.cohorts := private.my_teams_cohort(cohort);
  members uuid[] := array(select e.citizen_id from public.enrollments e where e.cohort_id = cohort);
begin
  -- Counts of a small group tell about each person in it: logged as a read of each one counted.
  perform private.log_reads(members, 'cohort_module_completion', jsonb_build_object('cohort', cohort));
  return query
  select pm.module, pm.position,
    (select count(*)::integer from public.module_lessons ml where ml.module = pm.module),
    (
      select count(*)::integer from unnest(members) citizen
      where exists (select 1 from public.module_lessons ml where ml.module = pm.module)
        and not exists (
          select 1 from public.module_lessons ml
          where ml.module = pm.module and not exists (
            select 1 from public.progress p
            where p.user_id = citizen and p.lesson_id = ml.lesson_id and p.status = 'completed'
          )
        )
    ),
    cardinality(members)
  from public.program_modules pm
  where pm.program = run.program
  order by pm.position, pm.module;
end;
$$;

-- The older overview, now the dashboard's first columns under the same rule and the same access.
create or replace function public.cohort_overview(cohort uuid)
returns table (
  citizen_id uuid,
  display_name text,
  lessons_done integer,
  lessons_total integer,
  last_activity timestamptz,
  at_risk boolean
)
language plpgsql volatile security definer set search_path = ''
as $$
begin
  perform private.my_teams_cohort(cohort);
  perform private.log_reads(
    array(select e.citizen_id from public.enrollments e where e.cohort_id = cohort),
    'cohort_overview',
    jsonb_build_object('cohort', cohort)
  );
  return query
  select m.citizen_id, m.display_name, m.lessons_done, m.lessons_total, m.last_activity, cardinality(m.risk_reasons) > 0
  from private.cohort_members(cohort) m
  order by m.display_name, m.citizen_id;
end;
$$;
-- The team's own inactivity setting decides now.
drop function private.stalled_after();

-- ───────────────────────── the lists staff mark from ─────────────────────────

-- Attendee lists and bookings carry what the team has marked (return columns change: drop, create).
drop function public.webinar_attendees(uuid);
create function public.webinar_attendees(webinar uuid)
returns table (
  citizen_id uuid,
  display_name text,
  status public.registration_status,
  registered_at timestamptz,
  attended boolean
)
language plpgsql volatile security definer set search_path = ''
as $$
declare
  session public.webinar_sessions;
begin
  perform private.signed_in();
  select * into session from public.webinar_sessions s where s.id = webinar;
  if not found or not private.is_team_member(session.team_id) then
    raise exception 'No such webinar in your teams.' using errcode = 'P0002';
  end if;
  perform private.log_reads(
    array(select r.citizen_id from public.registrations r where r.session_id = webinar and r.status <> 'cancelled'),
    'webinar_attendees',
    jsonb_build_object('webinar', webinar)
  );
  return query
  select r.citizen_id, p.display_name, r.status, r.registered_at, r.attended
  from public.registrations r join public.profiles p on p.id = r.citizen_id
  where r.session_id = webinar and r.status <> 'cancelled'
  order by r.status, r.registered_at, r.citizen_id;
end;
$$;

drop function public.team_bookings(uuid, timestamptz, timestamptz);
create function public.team_bookings(team uuid, from_at timestamptz, until_at timestamptz)
returns table (
  appointment_id uuid,
  slot_id uuid,
  kind public.appointment_kind,
  professional_id uuid,
  citizen_id uuid,
  citizen_name text,
  starts_at timestamptz,
  ends_at timestamptz,
  status public.appointment_status,
  outcome public.appointment_outcome
)
language plpgsql volatile security definer set search_path = ''
as $$
declare
  shown public.appointments[];
begin
  perform private.signed_in();
  if from_at is null or until_at is null or until_at <= from_at or until_at > from_at + interval '92 days' then
    raise exception 'from_at and until_at must be a period of at most 92 days.' using errcode = '22023';
  end if;
  if team is null or not private.is_team_member(team) then
    raise exception 'No such team of yours.' using errcode = 'P0002';
  end if;
  select coalesce(array_agg(a order by a.starts_at, a.id), '{}') into shown
  from public.appointments a join public.appointment_slots s on s.id = a.slot_id
  where s.team_id = team and a.starts_at >= from_at and a.starts_at < until_at;
  perform private.log_reads(
    array(select a.citizen_id from unnest(shown) a), 'team_bookings', jsonb_build_object('team', team)
  );
  return query
  select a.id, a.slot_id, s.kind, a.professional_id, a.citizen_id, p.display_name, a.starts_at, a.ends_at, a.status,
    a.outcome
  from unnest(shown) a
  join public.appointment_slots s on s.id = a.slot_id
  join public.profiles p on p.id = a.citizen_id
  order by a.starts_at, a.id;
end;
$$;

-- ───────────────────────── privileges ─────────────────────────

revoke all on function private.webinar_counts(uuid), private.session_state(uuid, uuid, public.appointment_kind),
  private.risk_reasons(boolean, boolean, timestamptz, integer, public.session_state, public.session_state),
  private.cohort_members(uuid), private.my_teams_cohort(uuid)
from public;
revoke all on function public.mark_attendance(uuid, uuid, boolean), public.mark_appointment(uuid, public.appointment_outcome),
  public.cohort_dashboard(uuid), public.cohort_module_completion(uuid), public.webinar_attendees(uuid),
  public.team_bookings(uuid, timestamptz, timestamptz)
from public, anon;
grant execute on function public.mark_attendance(uuid, uuid, boolean), public.mark_appointment(uuid, public.appointment_outcome),
  public.cohort_dashboard(uuid), public.cohort_module_completion(uuid), public.webinar_attendees(uuid),
  public.team_bookings(uuid, timestamptz, timestamptz)
to authenticated;
