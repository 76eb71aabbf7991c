-- ───────────────────────── who may register, and a private calendar feed ─────────────────────────
--
-- Two features that share this migration's one timestamp, each in its own section.
--
-- 1. Who may register for a webinar is one rule, asked both by register_for_session (which refuses
--    everyone else) and by webinars_for_me (whose may_register lets the page offer "Tilmeld mig"
--    only where it would be accepted). Before, the page offered it to staff and to citizens the
--    webinar's team does not serve, and the database then refused them.
-- 2. A calendar feed per person (issue 14): an address a calendar (Google Calendar, Outlook, Apple)
--    subscribes to, listing the person's registered webinars and booked sessions. The address holds
--    a random secret shown once when made; only its hash is kept. Making a new one stops the old;
--    the person may stop it. The feed is read by a Netlify function with the service role
--    (functions/calendar-feed.ts). An address can leak (shared calendars, a forwarded link), so the
--    feed says only what and when: a webinar's public title, "start-" or "end-session", times; no
--    meeting link (that reaches the site from 15 minutes before the start), no professional, nothing
--    about health.

-- ───────────────────────── who may register for a webinar ─────────────────────────

-- A citizen the webinar is for (a member of its cohort; for an open webinar, a citizen of a
-- municipality its team serves), until it starts. Staff do not register.
create function private.may_register(session uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.webinar_sessions s
    where s.id = session
      and s.starts_at > now()
      and private.my_role() = 'citizen'
      and case when s.cohort_id is null then private.serves_me(s.team_id) else private.is_enrolled(s.cohort_id) end
  )
$$;
comment on function private.may_register(uuid) is
  'Whether the signed-in person may register for this webinar now: a citizen it is for, before it starts.';

-- As in 20261127090000, with the rule asked of private.may_register. A webinar the caller cannot
-- see is "no such webinar"; one they see but may not join is refused as before: closed once it has
-- started, otherwise not for them.
create or replace function public.register_for_session(webinar uuid) returns public.registration_status
language plpgsql volatile security definer set search_path = ''
as $$
declare
  me uuid := private.signed_in_citizen();
  session public.webinar_sessions;
  current_status public.registration_status;
  taken integer;
  outcome public.registration_status;
begin
  if webinar is null then
    raise exception 'webinar is required.' using errcode = '22023';
  end if;
  -- One registration decision per webinar at a time.
  select * into session from public.webinar_sessions where id = webinar for update;
  if not found or not private.can_see_session(webinar) then
    raise exception 'No such webinar.' using errcode = 'P0002';
  end if;
  if not private.may_register(webinar) then
    if session.starts_at <= now() then
      raise exception 'The webinar has started; registration is closed.' using errcode = '22023';
    end if;
    raise exception 'This webinar is for citizens of the municipalities its team serves.' using errcode = '42501';
  end if;

  select status into current_status from public.registrations where session_id = webinar and citizen_id = me;
  if current_status in ('registered', 'waiting') then
    return current_status; -- Asking twice changes nothing.
  end if;

  select count(*) into taken from public.registrations where session_id = webinar and status = 'registered';
  -- Nobody passes the queue: with people waiting, a newcomer waits too.
  outcome := case
    when taken < session.capacity
      and not exists (select 1 from public.registrations where session_id = webinar and status = 'waiting')
    then 'registered'
    else 'waiting'
  end;
  insert into public.registrations (session_id, citizen_id, status)
  values (webinar, me, outcome)
  on conflict (session_id, citizen_id)
  do update set status = excluded.status, registered_at = clock_timestamp();
  return outcome;
end;
$$;

-- As in 20261127170000, with may_register added (a new column: drop and create, grants again).
drop function public.webinars_for_me(timestamptz);
create function public.webinars_for_me(since timestamptz default now())
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
  where s.ends_at > since and private.can_see_session(s.id)
  order by s.starts_at, s.title, s.id
$$;
comment on function public.webinars_for_me(timestamptz) is
  'Webinars open to the caller, not yet over, with seats left, facilitators, the caller''s registration and waitlist place, and whether the caller may register.';

revoke all on function private.may_register(uuid) from public;
revoke all on function public.webinars_for_me(timestamptz) from public;
grant execute on function public.webinars_for_me(timestamptz) to anon, authenticated;

-- ───────────────────────── a private calendar feed per person ─────────────────────────

create table public.calendar_feeds (
  -- One feed per person: a new one replaces the old.
  profile_id uuid primary key references public.profiles (id) on delete cascade,
  -- sha256 of the secret in the feed's address. The secret is 256 random bits, so a plain hash is
  -- enough: nobody can guess their way back from it, and a stolen table gives no working address.
  secret_hash bytea not null unique check (octet_length(secret_hash) = 32),
  created_at timestamptz not null default now()
);
comment on table public.calendar_feeds is
  'A person''s calendar feed: the hash of the secret in its address. Made and stopped by renew_calendar_feed and revoke_calendar_feed.';

alter table public.calendar_feeds enable row level security;
-- A person may see whether they have a feed and since when (the page says so); never the hash.
-- Feeds are made and stopped only through the functions below.
revoke all on public.calendar_feeds from anon, authenticated;
grant select (profile_id, created_at) on public.calendar_feeds to authenticated;
create policy "People see whether they have a calendar feed" on public.calendar_feeds
for select to authenticated using (profile_id = (select auth.uid()));

-- The one way a secret becomes what is stored and looked up.
create function private.calendar_feed_hash(secret text) returns bytea
language sql immutable set search_path = ''
as $$ select extensions.digest(secret, 'sha256') $$;

-- A new feed address for the signed-in person; the one they had stops working. The secret (64
-- lower-case hexadecimal characters) is returned this once and kept nowhere.
create function public.renew_calendar_feed() returns text
language plpgsql volatile security definer set search_path = ''
as $$
declare
  me uuid := private.signed_in();
  secret text := encode(extensions.gen_random_bytes(32), 'hex');
begin
  insert into public.calendar_feeds (profile_id, secret_hash) values (me, private.calendar_feed_hash(secret))
  on conflict (profile_id) do update set secret_hash = excluded.secret_hash, created_at = now();
  return secret;
end;
$$;
comment on function public.renew_calendar_feed() is
  'Makes a new calendar feed secret for the caller, stopping the old one; returns the secret, once.';

-- Stops the signed-in person's feed, if they have one; asking twice changes nothing.
create function public.revoke_calendar_feed() returns void
language sql volatile security definer set search_path = ''
as $$ delete from public.calendar_feeds where profile_id = private.signed_in() $$;
comment on function public.revoke_calendar_feed() is 'Stops the caller''s calendar feed.';

-- The feed behind a secret: the person's registered webinars (not waiting, not cancelled) and
-- booked sessions that are not over by `since`, soonest first. kind is 'webinar', 'start' or 'end';
-- title is the webinar's public title, null for sessions (the function names them). An unknown
-- secret and a stopped one are the same "no such feed", so neither tells anything about the other.
create function public.calendar_feed_events(secret text, since timestamptz default now())
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
  where r.citizen_id = person and r.status = 'registered' and s.ends_at > since
  union all
  select sl.kind::text, a.id, null::text, a.starts_at, a.ends_at
  from public.appointments a join public.appointment_slots sl on sl.id = a.slot_id
  where a.citizen_id = person and a.status = 'booked' and a.ends_at > since
  order by 4, 2;
end;
$$;
comment on function public.calendar_feed_events(text, timestamptz) is
  'The upcoming registered webinars and booked sessions behind a calendar feed secret, without links. Service role only.';

revoke all on function private.calendar_feed_hash(text) from public;
revoke all on function public.renew_calendar_feed(), public.revoke_calendar_feed() from public, anon;
grant execute on function public.renew_calendar_feed(), public.revoke_calendar_feed() to authenticated;
revoke all on function public.calendar_feed_events(text, timestamptz) from public, anon, authenticated;
grant execute on function public.calendar_feed_events(text, timestamptz) to service_role;
