-- Sundhedscenter's runtime data: people, teams, cohorts, webinars, appointments, chat and progress.
-- Who may do what is in the next migration (row-level security); rules that must hold under
-- concurrency (seats, bookings) are constraints here and functions in later migrations.
-- No CPR number (Danish personal identity number) is stored anywhere.

-- ───────────────────────── types ─────────────────────────

create type public.user_role as enum ('citizen', 'professional', 'admin');
create type public.registration_status as enum ('registered', 'waiting', 'cancelled');
create type public.appointment_kind as enum ('start', 'end');
create type public.appointment_status as enum ('booked', 'cancelled');
create type public.thread_kind as enum ('care', 'cohort', 'staff');
create type public.inbox_status as enum ('open', 'waiting', 'closed');
create type public.lesson_status as enum ('not attempted', 'incomplete', 'completed');

-- Helpers that policies and functions call live outside the API's schema: PostgREST exposes only
-- `public`, so nothing here can be called over HTTP.
create schema private;

-- For the exclusion constraint that keeps a professional from being booked twice at once.
create extension if not exists btree_gist with schema extensions;

-- A municipality or program as content/ names it: lower-case words joined by hyphens.
create domain public.slug as text check (value ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(value) <= 120);

-- ───────────────────────── tables ─────────────────────────

create table public.lessons (
  id public.slug primary key,
  program public.slug not null
);
comment on table public.lessons is
  'The published lessons (from content/), so progress can only be recorded for lessons that exist.';

create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  role public.user_role not null default 'citizen',
  municipality public.slug,
  display_name text not null check (length(trim(display_name)) between 1 and 80),
  created_at timestamptz not null default now()
);
comment on table public.profiles is
  'One per login. The role is set by an administrator, never by the person themself.';

create table public.teams (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(trim(name)) between 1 and 120),
  -- The municipality whose administrators manage the team; its members may come from several.
  municipality public.slug not null,
  created_at timestamptz not null default now()
);
comment on table public.teams is 'Professionals who share an inbox, cohorts and webinars.';

create table public.team_members (
  team_id uuid not null references public.teams (id) on delete cascade,
  profile_id uuid not null references public.profiles (id) on delete cascade,
  primary key (team_id, profile_id)
);
create index team_members_profile on public.team_members (profile_id);

create table public.cohorts (
  id uuid primary key default gen_random_uuid(),
  program public.slug not null,
  team_id uuid not null references public.teams (id) on delete restrict,
  municipality public.slug not null,
  title text not null check (length(trim(title)) between 1 and 120),
  starts_on date not null,
  created_at timestamptz not null default now()
);
comment on table public.cohorts is 'A run of a program for a group of citizens, led by a team.';
create index cohorts_team on public.cohorts (team_id);

create table public.enrollments (
  cohort_id uuid not null references public.cohorts (id) on delete cascade,
  citizen_id uuid not null references public.profiles (id) on delete cascade,
  enrolled_at timestamptz not null default now(),
  primary key (cohort_id, citizen_id)
);
create index enrollments_citizen on public.enrollments (citizen_id);

create table public.webinar_sessions (
  id uuid primary key default gen_random_uuid(),
  team_id uuid not null references public.teams (id) on delete restrict,
  -- Null: open to citizens of every municipality.
  cohort_id uuid references public.cohorts (id) on delete cascade,
  title text not null check (length(trim(title)) between 1 and 160),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  capacity integer not null check (capacity between 1 and 1000),
  created_at timestamptz not null default now(),
  check (ends_at > starts_at and ends_at <= starts_at + interval '8 hours')
);
comment on table public.webinar_sessions is
  'Group webinars. The meeting link is in session_links, for registered citizens and staff only.';
create index webinar_sessions_starts on public.webinar_sessions (starts_at);

create table public.session_links (
  session_id uuid primary key references public.webinar_sessions (id) on delete cascade,
  meeting_url text not null check (meeting_url ~ '^https://[^\s]+$' and length(meeting_url) <= 500)
);

create table public.session_facilitators (
  session_id uuid not null references public.webinar_sessions (id) on delete cascade,
  professional_id uuid not null references public.profiles (id) on delete cascade,
  primary key (session_id, professional_id)
);

create table public.registrations (
  session_id uuid not null references public.webinar_sessions (id) on delete cascade,
  citizen_id uuid not null references public.profiles (id) on delete cascade,
  status public.registration_status not null,
  -- Order on the waitlist: the time of the latest (re-)registration.
  registered_at timestamptz not null default clock_timestamp(),
  primary key (session_id, citizen_id)
);
create index registrations_waiting on public.registrations (session_id, registered_at) where status = 'waiting';

create table public.appointment_slots (
  id uuid primary key default gen_random_uuid(),
  team_id uuid not null references public.teams (id) on delete cascade,
  professional_id uuid not null references public.profiles (id) on delete cascade,
  kind public.appointment_kind not null,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  check (ends_at > starts_at and ends_at <= starts_at + interval '4 hours')
);
comment on table public.appointment_slots is
  'Times a professional offers for start- and end-sessions. The video link is in slot_links.';

create table public.slot_links (
  slot_id uuid primary key references public.appointment_slots (id) on delete cascade,
  video_url text not null check (video_url ~ '^https://[^\s]+$' and length(video_url) <= 500)
);
comment on table public.slot_links is 'The video link of a session: for the team, and the citizen who booked it.';

create table public.appointments (
  id uuid primary key default gen_random_uuid(),
  slot_id uuid not null references public.appointment_slots (id) on delete cascade,
  citizen_id uuid not null references public.profiles (id) on delete cascade,
  -- Copied from the slot so the database itself can refuse a double-booked professional.
  professional_id uuid not null references public.profiles (id) on delete cascade,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  status public.appointment_status not null default 'booked',
  booked_at timestamptz not null default now(),
  constraint appointments_one_per_professional_at_a_time exclude using gist (
    professional_id with =, tstzrange(starts_at, ends_at) with &&
  ) where (status = 'booked')
);
create unique index appointments_one_per_slot on public.appointments (slot_id) where status = 'booked';
create index appointments_citizen on public.appointments (citizen_id);

create table public.threads (
  id uuid primary key default gen_random_uuid(),
  kind public.thread_kind not null,
  team_id uuid references public.teams (id) on delete cascade,
  cohort_id uuid references public.cohorts (id) on delete cascade,
  citizen_id uuid references public.profiles (id) on delete cascade,
  title text not null check (length(trim(title)) between 1 and 160),
  created_at timestamptz not null default now(),
  -- A care thread is between one citizen and a team; a cohort chat belongs to a cohort; a staff
  -- thread to a team, with no citizen in it.
  check (
    (kind = 'care' and team_id is not null and citizen_id is not null and cohort_id is null)
    or (kind = 'cohort' and cohort_id is not null and citizen_id is null)
    or (kind = 'staff' and team_id is not null and citizen_id is null and cohort_id is null)
  )
);

create table public.thread_members (
  thread_id uuid not null references public.threads (id) on delete cascade,
  profile_id uuid not null references public.profiles (id) on delete cascade,
  last_read_at timestamptz,
  primary key (thread_id, profile_id)
);
create index thread_members_profile on public.thread_members (profile_id);

create table public.messages (
  id bigint generated always as identity primary key,
  thread_id uuid not null references public.threads (id) on delete cascade,
  -- Null once the sender has deleted their account: the message text goes with them (see
  -- delete_my_account); a staff member's message stays, anonymised, for the citizen's record.
  sender_id uuid references public.profiles (id) on delete set null,
  body text not null check (length(trim(body)) between 1 and 4000),
  created_at timestamptz not null default now()
);
create index messages_thread on public.messages (thread_id, created_at);

create table public.inbox_state (
  thread_id uuid primary key references public.threads (id) on delete cascade,
  status public.inbox_status not null default 'open',
  assignee_id uuid references public.profiles (id) on delete set null,
  updated_at timestamptz not null default now()
);
comment on table public.inbox_state is 'The team inbox: status and assignee of each care thread.';

create table public.progress (
  user_id uuid not null references public.profiles (id) on delete cascade,
  lesson_id public.slug not null references public.lessons (id) on delete cascade,
  status public.lesson_status not null default 'not attempted',
  location text not null default '' check (length(location) <= 255),
  suspend_data text not null default '' check (length(suspend_data) <= 4096),
  score numeric(5, 2) check (score between 0 and 100),
  updated_at timestamptz not null,
  primary key (user_id, lesson_id)
);
comment on table public.progress is 'Lesson progress, SCORM 1.2 style, merged from every device.';

create table public.audit_log (
  id bigint generated always as identity primary key,
  actor_id uuid references public.profiles (id) on delete set null,
  subject_id uuid references public.profiles (id) on delete cascade,
  action text not null,
  detail jsonb not null default '{}'::jsonb,
  at timestamptz not null default now()
);
comment on table public.audit_log is 'Every read of a citizen''s data by staff. Written only by functions.';
create index audit_log_subject on public.audit_log (subject_id, at);

-- ───────────────────────── new users ─────────────────────────

-- Every login gets a profile, as a citizen. The display name comes from sign-up metadata.
create function private.create_profile() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  insert into public.profiles (id, display_name)
  values (new.id, coalesce(nullif(trim(new.raw_user_meta_data ->> 'display_name'), ''), 'Borger'));
  return new;
end;
$$;

create trigger create_profile after insert on auth.users
for each row execute function private.create_profile();

-- ───────────────────────── privileges ─────────────────────────

-- Supabase grants everything in `public` to anon and authenticated by default. Take it all back and
-- grant what each role needs, table by table; row-level security narrows it further.
revoke all on all tables in schema public from anon, authenticated;
revoke all on all sequences in schema public from anon, authenticated;
revoke all on all functions in schema public from public, anon, authenticated;
alter default privileges in schema public revoke all on tables from anon, authenticated;
alter default privileges in schema public revoke all on sequences from anon, authenticated;
-- (PUBLIC's execute on new functions is a cluster-wide default a schema cannot take back: each
-- function below and in later migrations revokes it itself.)
alter default privileges in schema public revoke all on functions from anon, authenticated;

grant usage on schema private to authenticated;

-- The public site: the lesson catalogue, and open webinars (no link, no attendees).
grant select on public.lessons to anon, authenticated;
grant select (id, team_id, cohort_id, title, starts_at, ends_at, capacity) on public.webinar_sessions to anon;

grant select on
  public.profiles, public.teams, public.team_members, public.cohorts, public.enrollments,
  public.webinar_sessions, public.session_links, public.session_facilitators, public.registrations,
  public.appointment_slots, public.slot_links, public.appointments, public.threads, public.thread_members,
  public.messages, public.inbox_state, public.progress, public.audit_log
to authenticated;

-- A person may change their own name. Never their role, nor their municipality: access to teams,
-- slots and administration follows it, so administrators (or the service role) set it.
grant update (display_name) on public.profiles to authenticated;

-- Administrators and teams plan their work directly; the policies say who and where.
grant insert, update, delete on
  public.teams, public.cohorts, public.webinar_sessions, public.session_links, public.appointment_slots,
  public.slot_links
to authenticated;
grant insert, delete on public.team_members, public.enrollments, public.session_facilitators to authenticated;

-- Registrations, appointments, threads, messages, inbox state, progress and the audit log change
-- only through the functions in later migrations, which check the rules first.

grant all on all tables in schema public to service_role;
grant all on all sequences in schema public to service_role;
