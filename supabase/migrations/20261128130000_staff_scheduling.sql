-- ───────────────────────── scheduling for staff ─────────────────────────
--
-- Issue 15, point 2: a team plans its webinars and start-/end-session times in single calls, and
-- cancels them with a notice to the citizens concerned. Each function checks its arguments with a
-- message naming the argument (22023), answers "no such …" for what the caller may not run
-- (P0002), and does all its work or none.
--
-- Decisions:
-- - A cancelled webinar keeps its row (cancelled_at), with its registrations as they stood: who
--   was seated and who waited stays for evaluation. It is gone for citizens, everywhere they meet
--   webinars (one rule: private.webinar_is_on): their list, the table itself, registration, the
--   meeting link, the calendar feed, reminders, the waitlist and the per-person registration limit.
--   Its seats count in no dashboard or evaluation (private.webinar_counts), and no attendance is
--   marked at it (mark_attendance is refused, 22023).
--   A cancellation cannot be undone (plan a new webinar); it stays visible to the team.
-- - Cancelling queues a 'webinar_cancelled' notice to every registered and waiting citizen, by a
--   trigger, so a direct update of cancelled_at tells them too; unsent reminders and seat notices
--   for that webinar are withdrawn. A booking cancelled by anyone but its citizen (the team, the
--   professional) queues 'appointment_cancelled'. Both are always sent: the e-mail choices cover
--   seats and reminders ("Når jeg får en plads …, og påmindelser"), and a cancellation changes a
--   plan the citizen made; nobody should wait in a video room for a meeting that will not happen.
-- - Capacity may not go below the seats given (a trigger, so every way in meets it): a seat once
--   promised is not taken back by a number. The team cancels the webinar or asks citizens instead.
--   Raising it seats the waitlist in order (private.fill_seats_after_capacity_change, as before).
-- - Planning follows the tables' row-level security: whoever runs the team (its members and the
--   administrators of its municipality) creates, changes and cancels webinars and times; these
--   show counts, never people. Cancelling a booking is for the team's members, who see bookings
--   (team_bookings, logged); attendee lists stay with webinar_attendees, which logs the read.
-- - Times of day are Danish local time (Europe/Copenhagen): a weekly webinar at 17:00 and a
--   Tuesday 09:00 slot stay there across the changes to and from summer time.
-- - Series are capped: at most 26 weekly webinars and 500 times a call.

-- ───────────────────────── a cancelled webinar ─────────────────────────

alter table public.webinar_sessions add column cancelled_at timestamptz;
comment on column public.webinar_sessions.cancelled_at is
  'When the team cancelled the webinar; null while it goes ahead. Kept, with its registrations, for evaluation.';

-- The one rule for whether a webinar is held: citizens meet only those that are.
create function private.webinar_is_on(session uuid) returns boolean
language sql stable security definer set search_path = ''
as $$ select exists (select 1 from public.webinar_sessions s where s.id = session and s.cancelled_at is null) $$;
comment on function private.webinar_is_on(uuid) is
  'Whether a webinar goes ahead (not cancelled). Citizens see, join and are reminded of these only.';

-- A cancelled webinar has no seats to count, in the cohort dashboard or the evaluation (as in
-- 20261128120100, which came before cancelled_at), and no attendance to mark.
create or replace function private.webinar_counts(session uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.webinar_sessions s where s.id = session and s.starts_at <= now() and private.webinar_is_on(s.id)
  )
$$;

create function private.no_attendance_when_cancelled() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if not private.webinar_is_on(new.session_id) then
    raise exception 'The webinar was cancelled: there is no attendance to mark.' using errcode = '22023';
  end if;
  return new;
end;
$$;
create trigger no_attendance_when_cancelled before update of attended on public.registrations
for each row when (new.attended is distinct from old.attended)
execute function private.no_attendance_when_cancelled();

-- The team still sees its cancelled webinars; citizens (and other teams) only those held.
create or replace function private.can_see_session(session uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.webinar_sessions s
    where s.id = session
      and (
        private.runs_team(s.team_id)
        or (private.webinar_is_on(s.id) and (s.cohort_id is null or private.is_enrolled(s.cohort_id)))
      )
  )
$$;

-- The anonymous role has no access to `private`: the same rule, written on the row.
drop policy "The public site lists open webinars" on public.webinar_sessions;
create policy "The public site lists open webinars" on public.webinar_sessions
for select to anon using (cohort_id is null and cancelled_at is null);

create or replace function private.may_register(session uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.webinar_sessions s
    where s.id = session
      and s.starts_at > now()
      and private.webinar_is_on(s.id)
      and private.my_role() = 'citizen'
      and case when s.cohort_id is null then private.serves_me(s.team_id) else private.is_enrolled(s.cohort_id) end
  )
$$;

create or replace function private.link_is_open(session uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.webinar_sessions s
    where s.id = session and private.webinar_is_on(s.id) and private.join_window_open(s.starts_at, s.ends_at)
  )
$$;

-- A cancelled webinar's waitlist stays where it is: no seat is given in a webinar that is not held.
create or replace function private.fill_seats(webinar uuid) returns void
language plpgsql volatile security definer set search_path = ''
as $$
declare
  free integer;
begin
  if not private.webinar_is_on(webinar) then
    return;
  end if;
  select s.capacity - (select count(*) from public.registrations r where r.session_id = s.id and r.status = 'registered')
  into free from public.webinar_sessions s where s.id = webinar;
  if coalesce(free, 0) <= 0 then
    return;
  end if;
  update public.registrations set status = 'registered'
  where (session_id, citizen_id) in (
    select session_id, citizen_id from public.registrations
    where session_id = webinar and status = 'waiting'
    order by registered_at, citizen_id
    limit free
  );
end;
$$;

-- Seats in a cancelled webinar do not count against a citizen's 10.
create or replace function private.limit_registrations() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  perform private.lock_person(new.citizen_id);
  perform private.refuse_beyond(
    (select count(*) from public.registrations r join public.webinar_sessions s on s.id = r.session_id
     where r.citizen_id = new.citizen_id and r.status in ('registered', 'waiting') and s.starts_at > now()
       and private.webinar_is_on(s.id) and r.session_id <> new.session_id),
    10, 'webinar registrations');
  return new;
end;
$$;

-- As in 20261127210000 (same columns), without cancelled webinars for anyone.
create or replace function public.webinars_for_me(since timestamptz default now())
returns table (
  id uuid,
  title text,
  starts_at timestamptz,
  ends_at timestamptz,
  for_cohort boolean,
  capacity integer,
  seats_left integer,
  facilitators jsonb,
  my_status public.registration_status,
  my_place integer,
  may_register boolean
)
language sql stable security definer set search_path = ''
as $$
  select
    s.id, s.title, s.starts_at, s.ends_at, s.cohort_id is not null, s.capacity,
    greatest(s.capacity - (
      select count(*) from public.registrations r where r.session_id = s.id and r.status = 'registered'
    ), 0)::integer,
    coalesce((
      select jsonb_agg(jsonb_build_object('name', p.display_name, 'title', p.job_title) order by p.display_name)
      from public.session_facilitators f join public.profiles p on p.id = f.professional_id
      where f.session_id = s.id
    ), '[]'::jsonb),
    nullif(mine.status, 'cancelled'),
    case when mine.status = 'waiting' then (
      select count(*) from public.registrations w
      where w.session_id = s.id and w.status = 'waiting' and w.registered_at <= mine.registered_at
    )::integer end,
    private.may_register(s.id)
  from public.webinar_sessions s
  left join public.registrations mine on mine.session_id = s.id and mine.citizen_id = (select auth.uid())
  where s.ends_at > since and private.webinar_is_on(s.id) and private.can_see_session(s.id)
  order by s.starts_at, s.title, s.id
$$;

-- As in 20261127210000 (same columns), without cancelled webinars.
create or replace function public.calendar_feed_events(secret text, since timestamptz default now())
returns table (kind text, id uuid, title text, starts_at timestamptz, ends_at timestamptz)
language plpgsql stable security definer set search_path = ''
as $$
declare
  person uuid;
begin
  if secret is null or secret !~ '^[0-9a-f]{64}$' then
    raise exception 'secret must be 64 lower-case hexadecimal characters.' using errcode = '22023';
  end if;
  if since is null then
    raise exception 'since is required.' using errcode = '22023';
  end if;
  select f.profile_id into person from public.calendar_feeds f
  where f.secret_hash = private.calendar_feed_hash(secret);
  if person is null then
    raise exception 'No such calendar feed.' using errcode = 'P0002';
  end if;
  return query
  select 'webinar'::text, s.id, s.title, s.starts_at, s.ends_at
  from public.registrations r join public.webinar_sessions s on s.id = r.session_id
  where r.citizen_id = person and r.status = 'registered' and s.ends_at > since and private.webinar_is_on(s.id)
  union all
  select sl.kind::text, a.id, null::text, a.starts_at, a.ends_at
  from public.appointments a join public.appointment_slots sl on sl.id = a.slot_id
  where a.citizen_id = person and a.status = 'booked' and a.ends_at > since
  order by 4, 2;
end;
$$;

-- As in 20261127180000, with no reminders of cancelled webinars.
create or replace function public.queue_due_reminders() returns integer
language sql volatile security definer set search_path = ''
as $$
  with due as (
    insert into public.notifications (profile_id, kind, session_id)
    select r.citizen_id, reminder.kind, s.id
    from public.webinar_sessions s
    join public.registrations r on r.session_id = s.id and r.status = 'registered'
    cross join lateral (values
      ('webinar_tomorrow', interval '23 hours', interval '24 hours'),
      ('webinar_soon', interval '0 hours', interval '1 hour')
    ) as reminder (kind, from_ahead, to_ahead)
    where s.starts_at > now() + reminder.from_ahead and s.starts_at <= now() + reminder.to_ahead
      and private.webinar_is_on(s.id)
    on conflict do nothing
    returning 1
  )
  select count(*)::integer from due
$$;

-- A cancellation stands: a webinar is planned anew, never un-cancelled.
create function private.keep_cancelled() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  raise exception 'A cancelled webinar stays cancelled; plan a new one.' using errcode = '22023';
end;
$$;
create trigger keep_cancelled before update of cancelled_at on public.webinar_sessions
for each row when (old.cancelled_at is not null and new.cancelled_at is distinct from old.cancelled_at)
execute function private.keep_cancelled();

-- Seats given are kept: the capacity goes no lower than the citizens seated.
create function private.keep_given_seats() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  seated integer;
begin
  select count(*) into seated from public.registrations r where r.session_id = new.id and r.status = 'registered';
  if new.capacity < seated then
    raise exception 'capacity cannot be lower than the % seats already given.', seated
      using errcode = '22023', hint = 'Seats given are kept: cancel the webinar, or ask citizens to cancel.';
  end if;
  return new;
end;
$$;
create trigger keep_given_seats before update of capacity on public.webinar_sessions
for each row when (new.capacity < old.capacity) execute function private.keep_given_seats();

-- ───────────────────────── notices of cancellations ─────────────────────────

alter table public.notifications drop constraint notifications_kind_check;
alter table public.notifications
  add constraint notifications_kind_check check (kind in (
    'seat_granted', 'webinar_tomorrow', 'webinar_soon', 'new_message', 'webinar_cancelled', 'appointment_cancelled'
  )),
  -- The booking it is about. A notice outlives a slot withdrawn after the cancellation.
  add column appointment_id uuid references public.appointments (id) on delete set null;

create function private.notify_webinar_cancelled() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  -- What was queued about it and not yet sent (a reminder, a seat) no longer holds.
  delete from public.notifications n
  where n.session_id = new.id and n.sent_at is null and n.kind <> 'webinar_cancelled';
  insert into public.notifications (profile_id, kind, session_id)
  select r.citizen_id, 'webinar_cancelled', new.id
  from public.registrations r
  where r.session_id = new.id and r.status in ('registered', 'waiting')
  on conflict do nothing;
  return new;
end;
$$;
create trigger notify_webinar_cancelled after update of cancelled_at on public.webinar_sessions
for each row when (old.cancelled_at is null and new.cancelled_at is not null)
execute function private.notify_webinar_cancelled();

-- A citizen who cancels knows it; anyone else's cancellation is told to the citizen.
create function private.notify_appointment_cancelled() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if (select auth.uid()) is distinct from new.citizen_id then
    insert into public.notifications (profile_id, kind, appointment_id)
    values (new.citizen_id, 'appointment_cancelled', new.id);
  end if;
  return new;
end;
$$;
create trigger notify_appointment_cancelled after update of status on public.appointments
for each row when (old.status = 'booked' and new.status = 'cancelled')
execute function private.notify_appointment_cancelled();

-- As in 20261127230000, with cancellations always wanted.
create or replace function private.notice_wanted(person uuid, notice_kind text, thread uuid, queued_at timestamptz)
returns boolean
language sql stable security definer set search_path = ''
as $$
  select notice_kind in ('webinar_cancelled', 'appointment_cancelled')
    or (
      coalesce((
        select case when notice_kind = 'new_message' then c.messages else c.webinars end
        from public.notification_choices c where c.profile_id = person
      ), true)
      and not exists (
        select 1 from public.thread_members tm
        where notice_kind = 'new_message' and tm.thread_id = thread and tm.profile_id = person
          and tm.last_read_at > queued_at
      )
    )
$$;

-- ───────────────────────── webinars ─────────────────────────

-- A webinar, or the same webinar weekly `weeks` times (at the same Danish local time), with its
-- facilitators and meeting link: all of them or none. Returns the new ids, soonest first.
create function public.create_webinar_series(
  team uuid,
  title text,
  starts_at timestamptz,
  ends_at timestamptz,
  capacity integer,
  facilitators uuid[],
  weeks integer,
  cohort uuid default null,
  meeting_url text default null
)
returns uuid[]
language plpgsql volatile security definer set search_path = ''
as $$
declare
  zone constant text := 'Europe/Copenhagen';
  made uuid;
  ids uuid[] := '{}';
  week integer;
begin
  perform private.signed_in();
  if team is null or not private.runs_team(team) then
    raise exception 'No such team of yours.' using errcode = 'P0002';
  end if;
  if not private.cohort_of_team(cohort, team) then
    raise exception 'No such cohort in this team.' using errcode = 'P0002';
  end if;
  if title is null or length(trim(title)) not between 1 and 160 then
    raise exception 'title must be 1 to 160 characters.' using errcode = '22023';
  end if;
  if starts_at is null or starts_at <= now() then
    raise exception 'starts_at must be in the future.' using errcode = '22023';
  end if;
  if ends_at is null or ends_at <= starts_at or ends_at > starts_at + interval '8 hours' then
    raise exception 'ends_at must be after starts_at, at most 8 hours later.' using errcode = '22023';
  end if;
  if capacity is null or capacity not between 1 and 1000 then
    raise exception 'capacity must be a whole number from 1 to 1000.' using errcode = '22023';
  end if;
  if facilitators is null or cardinality(facilitators) not between 1 and 10
     or array_position(facilitators, null) is not null
     or exists (
       select 1 from unnest(facilitators) f (id)
       where not (private.is_member_of(team, f.id) and private.is_professional(f.id))
     ) then
    raise exception 'facilitators must name 1 to 10 professionals of the team.' using errcode = '22023';
  end if;
  if weeks is null or weeks not between 1 and 26 then
    raise exception 'weeks must be a whole number from 1 to 26.' using errcode = '22023';
  end if;

  for week in 0 .. weeks - 1 loop
    insert into public.webinar_sessions (team_id, cohort_id, title, starts_at, ends_at, capacity)
    values (
      team, cohort, trim(title),
      ((starts_at at time zone zone) + make_interval(weeks => week)) at time zone zone,
      ((ends_at at time zone zone) + make_interval(weeks => week)) at time zone zone,
      capacity
    )
    returning id into made;
    insert into public.session_facilitators (session_id, professional_id)
    select made, f.id from (select distinct unnest(facilitators) as id) f;
    if meeting_url is not null then
      insert into public.session_links (session_id, meeting_url) values (made, meeting_url);
    end if;
    ids := ids || made;
  end loop;
  return ids;
end;
$$;
comment on function public.create_webinar_series(uuid, text, timestamptz, timestamptz, integer, uuid[], integer, uuid, text) is
  'Plans a webinar weekly `weeks` times (1–26) at the same Danish local time, with facilitators and link; returns the ids.';

create function public.create_webinar(
  team uuid,
  title text,
  starts_at timestamptz,
  ends_at timestamptz,
  capacity integer,
  facilitators uuid[],
  cohort uuid default null,
  meeting_url text default null
)
returns uuid
language sql volatile security definer set search_path = ''
as $$
  select (public.create_webinar_series(team, title, starts_at, ends_at, capacity, facilitators, 1, cohort, meeting_url))[1]
$$;
comment on function public.create_webinar(uuid, text, timestamptz, timestamptz, integer, uuid[], uuid, text) is
  'Plans one webinar with its facilitators and link; returns its id.';

-- The team's webinars starting in a period (at most 366 days), cancelled ones included, with
-- counts: how many are seated and waiting. No names, so no read to log.
create function public.team_webinars(team uuid, from_at timestamptz, until_at timestamptz)
returns table (
  id uuid,
  title text,
  cohort_id uuid,
  cohort_title text,
  starts_at timestamptz,
  ends_at timestamptz,
  capacity integer,
  registered integer,
  waiting integer,
  cancelled_at timestamptz,
  meeting_url text,
  facilitators jsonb
)
language plpgsql stable security definer set search_path = ''
as $$
begin
  perform private.signed_in();
  if from_at is null or until_at is null or until_at <= from_at or until_at > from_at + interval '366 days' then
    raise exception 'from_at and until_at must be a period of at most 366 days.' using errcode = '22023';
  end if;
  if team is null or not private.runs_team(team) then
    raise exception 'No such team of yours.' using errcode = 'P0002';
  end if;
  return query
  select s.id, s.title, s.cohort_id, c.title, s.starts_at, s.ends_at, s.capacity,
    (select count(*) from public.registrations r where r.session_id = s.id and r.status = 'registered')::integer,
    (select count(*) from public.registrations r where r.session_id = s.id and r.status = 'waiting')::integer,
    s.cancelled_at,
    l.meeting_url,
    coalesce((
      select jsonb_agg(jsonb_build_object('id', p.id, 'name', p.display_name) order by p.display_name, p.id)
      from public.session_facilitators f join public.profiles p on p.id = f.professional_id
      where f.session_id = s.id
    ), '[]'::jsonb)
  from public.webinar_sessions s
  left join public.cohorts c on c.id = s.cohort_id
  left join public.session_links l on l.session_id = s.id
  where s.team_id = team and s.starts_at >= from_at and s.starts_at < until_at
  order by s.starts_at, s.title, s.id;
end;
$$;
comment on function public.team_webinars(uuid, timestamptz, timestamptz) is
  'A team''s webinars in a period of at most 366 days, with seats taken and waiting (counts only).';

-- A new capacity for a webinar not yet started. Raised, the waitlist moves up in order; lowered,
-- never below the seats given. Returns the counts after the change.
create function public.set_webinar_capacity(webinar uuid, capacity integer)
returns table (registered integer, waiting integer)
language plpgsql volatile security definer set search_path = ''
as $$
declare
  session public.webinar_sessions;
begin
  perform private.signed_in();
  if webinar is null then
    raise exception 'webinar is required.' using errcode = '22023';
  end if;
  -- The row lock queues this behind registrations in progress, and them behind it.
  select * into session from public.webinar_sessions s where s.id = webinar for update;
  if not found or not private.runs_team(session.team_id) then
    raise exception 'No such webinar in your teams.' using errcode = 'P0002';
  end if;
  if capacity is null or capacity not between 1 and 1000 then
    raise exception 'capacity must be a whole number from 1 to 1000.' using errcode = '22023';
  end if;
  if session.cancelled_at is not null then
    raise exception 'The webinar is cancelled.' using errcode = '22023';
  end if;
  if session.starts_at <= now() then
    raise exception 'The webinar has started; its capacity is settled.' using errcode = '22023';
  end if;
  update public.webinar_sessions s set capacity = set_webinar_capacity.capacity where s.id = webinar;
  return query
  select
    count(*) filter (where r.status = 'registered')::integer,
    count(*) filter (where r.status = 'waiting')::integer
  from public.registrations r where r.session_id = webinar;
end;
$$;

-- Cancels a webinar that is not over; its registered and waiting citizens are told (the trigger
-- above). Returns how many were told; asking twice changes nothing and returns 0.
create function public.cancel_webinar(webinar uuid) returns integer
language plpgsql volatile security definer set search_path = ''
as $$
declare
  session public.webinar_sessions;
  told integer;
begin
  perform private.signed_in();
  if webinar is null then
    raise exception 'webinar is required.' using errcode = '22023';
  end if;
  select * into session from public.webinar_sessions s where s.id = webinar for update;
  if not found or not private.runs_team(session.team_id) then
    raise exception 'No such webinar in your teams.' using errcode = 'P0002';
  end if;
  if session.cancelled_at is not null then
    return 0;
  end if;
  if session.ends_at <= now() then
    raise exception 'The webinar is over; it cannot be cancelled.' using errcode = '22023';
  end if;
  update public.webinar_sessions s set cancelled_at = now() where s.id = webinar;
  select count(*) into told from public.registrations r
  where r.session_id = webinar and r.status in ('registered', 'waiting');
  return told;
end;
$$;

-- ───────────────────────── start- and end-session times ─────────────────────────

-- A time withdrawn by the team after someone booked it (and the booking was cancelled) is kept,
-- marked withdrawn: deleting it would delete its appointments (appointments.slot_id cascades) and
-- with them the cancelled booking that cancelled_for_me shows the citizen and the evaluation keeps.
-- A time never booked is deleted. One rule for whether a time is offered: private.slot_is_offered.
alter table public.appointment_slots add column withdrawn_at timestamptz;
comment on column public.appointment_slots.withdrawn_at is
  'When the team withdrew the time; null while offered. Kept (not deleted) once anyone has booked it.';

create function private.slot_is_offered(slot uuid) returns boolean
language sql stable security definer set search_path = ''
as $$ select exists (select 1 from public.appointment_slots s where s.id = slot and s.withdrawn_at is null) $$;
comment on function private.slot_is_offered(uuid) is
  'Whether a time is offered (not withdrawn). Citizens see and book only these; a withdrawn time blocks no new one.';

create function private.slot_was_booked(slot uuid) returns boolean
language sql stable security definer set search_path = ''
as $$ select exists (select 1 from public.appointments a where a.slot_id = slot) $$;

-- Citizens see offered times only; a time with bookings, even cancelled ones, is never deleted
-- directly (the team withdraws it with delete_slot).
drop policy "Citizens see slots of teams serving them; teams their own" on public.appointment_slots;
create policy "Citizens see slots of teams serving them; teams their own" on public.appointment_slots
for select to authenticated using (
  private.runs_team(team_id) or (private.serves_me(team_id) and private.slot_is_offered(id))
);
drop policy "Teams withdraw their slots" on public.appointment_slots;
create policy "Teams withdraw their slots" on public.appointment_slots
for delete to authenticated using (private.runs_team(team_id) and not private.slot_was_booked(id));

-- As in 20261127190000 (same columns), offered times only.
create or replace function public.free_slots_for_me(since timestamptz default now())
returns table (
  id uuid, kind public.appointment_kind, starts_at timestamptz, ends_at timestamptz,
  professional_name text, professional_title text
)
language sql stable security definer set search_path = ''
as $$
  select s.id, s.kind, s.starts_at, s.ends_at, p.display_name, p.job_title
  from public.appointment_slots s
  join public.profiles p on p.id = s.professional_id
  where s.starts_at > since
    and private.serves_me(s.team_id)
    and private.slot_is_offered(s.id)
    and not exists (select 1 from public.appointments a where a.slot_id = s.id and a.status = 'booked')
  order by s.starts_at, p.display_name, s.id
$$;

-- As in 20261127090000, refusing a withdrawn time as no time at all.
create or replace function public.book_appointment(slot uuid) returns uuid
language plpgsql volatile security definer set search_path = ''
as $$
declare
  me uuid := private.signed_in_citizen();
  offered public.appointment_slots;
  booked uuid;
begin
  if slot is null then
    raise exception 'slot is required.' using errcode = '22023';
  end if;
  select s.* into offered from public.appointment_slots s where s.id = slot and private.serves_me(s.team_id)
  for update of s;
  if not found or not private.slot_is_offered(slot) then
    raise exception 'No such time.' using errcode = 'P0002';
  end if;
  if offered.starts_at <= now() then
    raise exception 'This time has passed.' using errcode = '22023';
  end if;
  if exists (select 1 from public.appointments where slot_id = slot and status = 'booked') then
    raise exception 'This time has just been booked by someone else.' using errcode = '23505';
  end if;
  begin
    insert into public.appointments (slot_id, citizen_id, professional_id, starts_at, ends_at)
    values (slot, me, offered.professional_id, offered.starts_at, offered.ends_at)
    returning id into booked;
  exception when exclusion_violation then
    raise exception 'The professional already has an appointment at this time.' using errcode = '23P01';
  end;
  return booked;
end;
$$;

-- Who may offer a professional's times: whoever runs the team, for a professional of the team.
create function private.check_slot_owner(team uuid, professional uuid) returns void
language plpgsql stable security definer set search_path = ''
as $$
begin
  if team is null or not private.runs_team(team) then
    raise exception 'No such team of yours.' using errcode = 'P0002';
  end if;
  if professional is null or not (private.is_member_of(team, professional) and private.is_professional(professional)) then
    raise exception 'professional must be a professional of the team.' using errcode = '22023';
  end if;
end;
$$;

-- One time. Refused (23P01) where the professional already offers a time that overlaps it.
create function public.create_slot(
  team uuid,
  professional uuid,
  kind public.appointment_kind,
  starts_at timestamptz,
  ends_at timestamptz,
  video_url text default null
)
returns uuid
language plpgsql volatile security definer set search_path = ''
as $$
declare
  made uuid;
begin
  perform private.signed_in();
  perform private.check_slot_owner(team, professional);
  if kind is null then
    raise exception 'kind must be start or end.' using errcode = '22023';
  end if;
  if starts_at is null or starts_at <= now() then
    raise exception 'starts_at must be in the future.' using errcode = '22023';
  end if;
  if ends_at is null or ends_at <= starts_at or ends_at > starts_at + interval '4 hours' then
    raise exception 'ends_at must be after starts_at, at most 4 hours later.' using errcode = '22023';
  end if;
  -- One planning of a professional's times at a time, so parallel calls cannot overlap.
  perform private.lock_person(professional);
  if exists (
    select 1 from public.appointment_slots s
    where s.professional_id = professional and private.slot_is_offered(s.id)
      and tstzrange(s.starts_at, s.ends_at) && tstzrange(create_slot.starts_at, create_slot.ends_at)
  ) then
    raise exception 'The professional already offers a time that overlaps this one.' using errcode = '23P01';
  end if;
  insert into public.appointment_slots (team_id, professional_id, kind, starts_at, ends_at)
  values (team, professional, kind, starts_at, ends_at)
  returning id into made;
  if video_url is not null then
    insert into public.slot_links (slot_id, video_url) values (made, video_url);
  end if;
  return made;
end;
$$;

-- Times in a pattern: on the given ISO weekdays (1 Monday … 7 Sunday) of `weeks` weeks from
-- first_date, from day_starts to day_ends Danish local time in slot_minutes steps (Tuesdays
-- 09:00–12:00 in 30-minute times for six weeks). Times that overlap one the professional already
-- offers, that have passed (earlier today), or that do not exist (the hour the clocks go forward)
-- are skipped and counted. At most 500 times a call.
create function public.create_slot_series(
  team uuid,
  professional uuid,
  kind public.appointment_kind,
  weekdays integer[],
  day_starts time,
  day_ends time,
  slot_minutes integer,
  first_date date,
  weeks integer,
  video_url text default null
)
returns table (created integer, skipped integer)
language plpgsql volatile security definer set search_path = ''
as $$
declare
  zone constant text := 'Europe/Copenhagen';
  today date := (now() at time zone 'Europe/Copenhagen')::date;
  per_day integer;
  planned integer;
  made integer;
begin
  perform private.signed_in();
  perform private.check_slot_owner(team, professional);
  if kind is null then
    raise exception 'kind must be start or end.' using errcode = '22023';
  end if;
  if weekdays is null or cardinality(weekdays) not between 1 and 7 or array_position(weekdays, null) is not null
     or exists (select 1 from unnest(weekdays) d where d not between 1 and 7) then
    raise exception 'weekdays must be ISO weekday numbers, 1 (Monday) to 7 (Sunday).' using errcode = '22023';
  end if;
  if slot_minutes is null or slot_minutes not between 10 and 240 then
    raise exception 'slot_minutes must be a whole number from 10 to 240.' using errcode = '22023';
  end if;
  if day_starts is null or day_ends is null or day_ends <= day_starts then
    raise exception 'day_ends must be after day_starts.' using errcode = '22023';
  end if;
  per_day := floor(extract(epoch from day_ends - day_starts) / 60 / slot_minutes)::integer;
  if per_day < 1 then
    raise exception 'From day_starts to day_ends there is no room for one time of slot_minutes.' using errcode = '22023';
  end if;
  if first_date is null or first_date < today or first_date > today + 366 then
    raise exception 'first_date must be from today to a year ahead.' using errcode = '22023';
  end if;
  if weeks is null or weeks not between 1 and 52 then
    raise exception 'weeks must be a whole number from 1 to 52.' using errcode = '22023';
  end if;
  -- The link is checked by slot_links' constraint as each time gets it; asked here too, so a wrong
  -- link is refused even when every time is skipped and none would carry it.
  perform private.meeting_link_ok(video_url);
  select per_day * count(*) into planned
  from generate_series(0, weeks * 7 - 1) d
  where extract(isodow from first_date + d)::integer = any(weekdays);
  if planned > 500 then
    raise exception 'A series may have at most 500 times; this one would have %.', planned using errcode = '22023';
  end if;

  perform private.lock_person(professional);
  -- On the night the clocks go forward, 02:00–02:59 does not exist in Danish time: Postgres reads
  -- 02:00 as 03:00 summer time, the same instant as the 03:00 time (and 02:30 overlaps it for
  -- other lengths). Times of day that do not exist that night are skipped, so each instant is
  -- offered once; distinct on keeps any remaining duplicate out of one insert, which the
  -- not-exists below cannot see.
  with wanted as (
    select distinct on (t.starts_at) t.starts_at, t.starts_at + make_interval(mins => slot_minutes) as ends_at
    from generate_series(0, weeks * 7 - 1) d
    cross join generate_series(0, per_day - 1) k
    cross join lateral (
      select (first_date + d) + day_starts + make_interval(mins => k * slot_minutes) as local
    ) l
    cross join lateral (select l.local at time zone zone as starts_at) t
    where extract(isodow from first_date + d)::integer = any(weekdays)
      and t.starts_at at time zone zone = l.local
    order by t.starts_at
  ), made_slots as (
    insert into public.appointment_slots (team_id, professional_id, kind, starts_at, ends_at)
    select team, professional, kind, w.starts_at, w.ends_at
    from wanted w
    where w.starts_at > now()
      and not exists (
        select 1 from public.appointment_slots s
        where s.professional_id = professional and private.slot_is_offered(s.id)
          and tstzrange(s.starts_at, s.ends_at) && tstzrange(w.starts_at, w.ends_at)
      )
    returning id
  ), linked as (
    insert into public.slot_links (slot_id, video_url)
    select m.id, video_url from made_slots m where video_url is not null
  )
  select count(*)::integer into made from made_slots;
  return query select made, planned - made;
end;
$$;
comment on function public.create_slot_series(uuid, uuid, public.appointment_kind, integer[], time, time, integer, date, integer, text) is
  'Offers a professional''s times on weekdays over weeks, in Danish local time; skips overlapping and past times. At most 500.';

-- A booking cancelled by the team: its citizen is told (the trigger above); the time is free again.
create function public.cancel_booking(appointment uuid) returns void
language plpgsql volatile security definer set search_path = ''
as $$
declare
  booked public.appointments;
begin
  perform private.signed_in();
  if appointment is null then
    raise exception 'appointment is required.' using errcode = '22023';
  end if;
  select a.* into booked from public.appointments a join public.appointment_slots s on s.id = a.slot_id
  where a.id = appointment and private.is_team_member(s.team_id)
  for update of a;
  if not found then
    raise exception 'No such booking in your teams.' using errcode = 'P0002';
  end if;
  if booked.status = 'cancelled' then
    return;
  end if;
  if booked.ends_at <= now() then
    raise exception 'The session is over; it cannot be cancelled.' using errcode = '22023';
  end if;
  update public.appointments a set status = 'cancelled' where a.id = appointment;
end;
$$;

-- A free time withdrawn. A booked one is refused: cancel the booking first, so the citizen is told.
-- A time someone once booked is kept, marked withdrawn (its cancelled bookings stay); one never
-- booked is deleted. Withdrawing twice changes nothing.
create function public.delete_slot(slot uuid) returns void
language plpgsql volatile security definer set search_path = ''
as $$
declare
  offered public.appointment_slots;
begin
  perform private.signed_in();
  if slot is null then
    raise exception 'slot is required.' using errcode = '22023';
  end if;
  select s.* into offered from public.appointment_slots s where s.id = slot for update;
  if not found or not private.runs_team(offered.team_id) then
    raise exception 'No such time in your teams.' using errcode = 'P0002';
  end if;
  if exists (select 1 from public.appointments a where a.slot_id = slot and a.status = 'booked') then
    raise exception 'This time is booked: cancel the booking first, so the citizen is told.' using errcode = '22023',
      hint = 'booked';
  end if;
  if private.slot_was_booked(slot) then
    update public.appointment_slots s set withdrawn_at = now() where s.id = slot and s.withdrawn_at is null;
  else
    delete from public.appointment_slots s where s.id = slot;
  end if;
end;
$$;

-- ───────────────────────── privileges ─────────────────────────

revoke all on function private.webinar_is_on(uuid), private.no_attendance_when_cancelled(), private.keep_cancelled(),
  private.keep_given_seats(),
  private.notify_webinar_cancelled(), private.notify_appointment_cancelled(), private.check_slot_owner(uuid, uuid),
  private.slot_is_offered(uuid), private.slot_was_booked(uuid)
from public;
grant execute on function private.webinar_is_on(uuid), private.slot_is_offered(uuid), private.slot_was_booked(uuid)
to authenticated;
revoke all on function
  public.create_webinar_series(uuid, text, timestamptz, timestamptz, integer, uuid[], integer, uuid, text),
  public.create_webinar(uuid, text, timestamptz, timestamptz, integer, uuid[], uuid, text),
  public.team_webinars(uuid, timestamptz, timestamptz),
  public.set_webinar_capacity(uuid, integer),
  public.cancel_webinar(uuid),
  public.create_slot(uuid, uuid, public.appointment_kind, timestamptz, timestamptz, text),
  public.create_slot_series(uuid, uuid, public.appointment_kind, integer[], time, time, integer, date, integer, text),
  public.cancel_booking(uuid),
  public.delete_slot(uuid)
from public, anon;
grant execute on function
  public.create_webinar_series(uuid, text, timestamptz, timestamptz, integer, uuid[], integer, uuid, text),
  public.create_webinar(uuid, text, timestamptz, timestamptz, integer, uuid[], uuid, text),
  public.team_webinars(uuid, timestamptz, timestamptz),
  public.set_webinar_capacity(uuid, integer),
  public.cancel_webinar(uuid),
  public.create_slot(uuid, uuid, public.appointment_kind, timestamptz, timestamptz, text),
  public.create_slot_series(uuid, uuid, public.appointment_kind, integer[], time, time, integer, date, integer, text),
  public.cancel_booking(uuid),
  public.delete_slot(uuid)
to authenticated;
