-- ───────────────────────── one join window ─────────────────────────
--
-- A webinar's meeting link and a session's video link reach a citizen from 15 minutes before the
-- start until the end. The two links' checks (20261127170000, 20261127190000) each wrote that
-- window out; it is one rule, so it lives in one function they both ask.

create function private.join_window_open(starts_at timestamptz, ends_at timestamptz) returns boolean
language sql stable set search_path = ''
as $$ select now() between starts_at - interval '15 minutes' and ends_at $$;
comment on function private.join_window_open(timestamptz, timestamptz) is
  'Whether a meeting''s link may be shown now: from 15 minutes before the start until the end.';

create or replace function private.link_is_open(session uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.webinar_sessions s
    where s.id = session and private.join_window_open(s.starts_at, s.ends_at)
  )
$$;

create or replace function private.slot_link_is_open(slot uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.appointment_slots s
    where s.id = slot and private.join_window_open(s.starts_at, s.ends_at)
  )
$$;

revoke all on function private.join_window_open(timestamptz, timestamptz) from public;
grant execute on function private.join_window_open(timestamptz, timestamptz) to authenticated;
