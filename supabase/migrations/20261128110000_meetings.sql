-- ───────────────────────── video meetings ─────────────────────────
--
-- Issue 15: a webinar's and a session's video meeting comes from the provider the deployment
-- configures (functions/lib/meetings/): a fixed link staff paste (MedCom VDX, Teams), or a
-- BigBlueButton or Jitsi room the meeting function makes. Whoever the provider, who may join is
-- decided here, once: the team's members (moderator) always; the registered citizen of a webinar,
-- and the citizen who booked a session, from 15 minutes before the start until the end
-- (private.join_window_open). The municipality's administrators plan webinars and times but join
-- none: a session is one citizen's conversation with their team, and a webinar's viewers are its
-- citizens (private.is_team_member, not runs_team).
-- The two link tables' select policies and meeting_for_me ask the same two helpers.
-- Errors: 42501 not signed in or not allowed, P0002 no such meeting, 22023 bad input or not open yet.

-- ───────────────────────── tables ─────────────────────────

-- A room per webinar and per slot, made with it: 128 random bits, so a Jitsi room without JWT
-- cannot be guessed and a BigBlueButton meetingID tells nothing. Read only by meeting_for_me.
create table public.meeting_rooms (
  session_id uuid unique references public.webinar_sessions (id) on delete cascade,
  slot_id uuid unique references public.appointment_slots (id) on delete cascade,
  room text not null unique default encode(extensions.gen_random_bytes(16), 'hex') check (room ~ '^[0-9a-f]{32}$'),
  check ((session_id is null) <> (slot_id is null))
);
comment on table public.meeting_rooms is
  'The unguessable room name of each webinar and slot at a BigBlueButton or Jitsi server. Read only through meeting_for_me.';
-- Row-level security with no policy: nobody reads a room directly, a citizen not even in the window.
alter table public.meeting_rooms enable row level security;

insert into public.meeting_rooms (session_id) select id from public.webinar_sessions;
insert into public.meeting_rooms (slot_id) select id from public.appointment_slots;

create function private.give_meeting_room() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if tg_table_name = 'webinar_sessions' then
    insert into public.meeting_rooms (session_id) values (new.id) on conflict do nothing;
  else
    insert into public.meeting_rooms (slot_id) values (new.id) on conflict do nothing;
  end if;
  return new;
end;
$$;
revoke all on function private.give_meeting_room() from public;
create trigger give_meeting_room after insert on public.webinar_sessions
for each row execute function private.give_meeting_room();
create trigger give_meeting_room after insert on public.appointment_slots
for each row execute function private.give_meeting_room();

-- ───────────────────────── the meeting link, one rule ─────────────────────────

-- A fixed link is shown to citizens as a link to click, so it is an https address of at most 500
-- characters, without spaces, and its host part names the server only: no user name or password
-- (https://vdx.example@evil.example/ opens evil.example). Checked here once, by both link tables'
-- constraints, so every way in (set_meeting_link, the planning functions, a team writing the
-- tables directly) meets the same rule and the same message. It raises 22023 itself rather than
-- leaving a bare check violation (23514), which the interface could not word.
create function private.meeting_link_ok(url text) returns boolean
language plpgsql immutable set search_path = ''
as $$
begin
  if url is not null and (length(url) > 500 or url !~ '^https://[^/?#\s@:\\]+(:[0-9]{1,5})?([/?#][^\s]*)?$') then
    raise exception 'A meeting link must be an https address of at most 500 characters, without spaces or a user name.'
      using errcode = '22023';
  end if;
  return true;
end;
$$;
revoke all on function private.meeting_link_ok(text) from public;
grant execute on function private.meeting_link_ok(text) to authenticated, service_role;

-- The tables' first constraints (20261123100000) asked for https only; these replace them.
alter table public.session_links drop constraint session_links_meeting_url_check,
  add constraint session_links_meeting_url_check check (private.meeting_link_ok(meeting_url));
alter table public.slot_links drop constraint slot_links_video_url_check,
  add constraint slot_links_video_url_check check (private.meeting_link_ok(video_url));

-- ───────────────────────── who may join ─────────────────────────

-- 'moderator' for the members of the webinar's team, 'viewer' for the registered citizen inside
-- the join window, null for everyone else (administrators too).
create function private.webinar_role(session uuid) returns text
language sql stable security definer set search_path = ''
as $$
  select case
    when exists (
      select 1 from public.webinar_sessions s where s.id = session and private.is_team_member(s.team_id)
    ) then 'moderator'
    when private.is_registered(session) and private.link_is_open(session) then 'viewer'
  end
$$;

-- The same for a slot: the citizen whose booking of it stands, inside the join window.
create function private.slot_role(slot uuid) returns text
language sql stable security definer set search_path = ''
as $$
  select case
    when exists (
      select 1 from public.appointment_slots s where s.id = slot and private.is_team_member(s.team_id)
    ) then 'moderator'
    when private.slot_link_is_open(slot) and exists (
      select 1 from public.appointments a
      where a.slot_id = slot and a.status = 'booked' and a.citizen_id = (select auth.uid())
    ) then 'viewer'
  end
$$;
revoke all on function private.webinar_role(uuid), private.slot_role(uuid) from public;
grant execute on function private.webinar_role(uuid), private.slot_role(uuid) to authenticated;

-- The fixed links follow the same rule: the policies of 20261127170000 and 20261127190000 wrote it
-- out; now every policy of the two tables asks the helpers the meeting function asks. Whoever joins
-- reads the link; the moderators (the team's members) also write it directly. An administrator
-- neither reads nor writes a link row; as a planner they set one through set_meeting_link or the
-- planning functions and see it in team_webinars.
drop policy "The meeting link is for registered citizens shortly before, and the team" on public.session_links;
create policy "The meeting link is for registered citizens shortly before, and the team" on public.session_links
for select to authenticated using (private.webinar_role(session_id) is not null);
drop policy "Teams set meeting links" on public.session_links;
create policy "Teams set meeting links" on public.session_links
for insert to authenticated with check (private.webinar_role(session_id) = 'moderator');
drop policy "Teams change meeting links" on public.session_links;
create policy "Teams change meeting links" on public.session_links
for update to authenticated using (private.webinar_role(session_id) = 'moderator')
with check (private.webinar_role(session_id) = 'moderator');
drop policy "Teams remove meeting links" on public.session_links;
create policy "Teams remove meeting links" on public.session_links
for delete to authenticated using (private.webinar_role(session_id) = 'moderator');

drop policy "The video link is for the team, and for the citizen who booked shortly before" on public.slot_links;
create policy "The video link is for the team, and for the citizen who booked shortly before" on public.slot_links
for select to authenticated using (private.slot_role(slot_id) is not null);
drop policy "Teams set video links" on public.slot_links;
create policy "Teams set video links" on public.slot_links
for insert to authenticated with check (private.slot_role(slot_id) = 'moderator');
drop policy "Teams change video links" on public.slot_links;
create policy "Teams change video links" on public.slot_links
for update to authenticated using (private.slot_role(slot_id) = 'moderator')
with check (private.slot_role(slot_id) = 'moderator');
drop policy "Teams remove video links" on public.slot_links;
create policy "Teams remove video links" on public.slot_links
for delete to authenticated using (private.slot_role(slot_id) = 'moderator');

-- ───────────────────────── functions ─────────────────────────

-- What the meeting function needs to make the caller's way in: their role, their name as others
-- see it, a neutral meeting name, the fixed link (null when staff set none), the room and the times.
-- Refuses with a reason the function can word: not-open (the citizen is in, but too early or too
-- late), not-registered (a webinar the citizen may see but is not registered for); a webinar they
-- cannot see and a slot that is not theirs are "no such meeting".
create function public.meeting_for_me(meeting_kind text, meeting uuid)
returns table (
  role text, display_name text, meeting_name text, fixed_url text, room text,
  starts_at timestamptz, ends_at timestamptz
)
language plpgsql stable security definer set search_path = ''
as $$
declare
  me uuid := private.signed_in();
  my_role text;
  opens timestamptz;
begin
  if meeting_kind is null or meeting_kind not in ('webinar', 'appointment') then
    raise exception 'meeting_kind must be webinar or appointment.' using errcode = '22023';
  end if;
  if meeting is null then
    raise exception 'meeting is required.' using errcode = '22023';
  end if;

  if meeting_kind = 'webinar' then
    if not private.can_see_session(meeting) then
      raise exception 'No such meeting.' using errcode = 'P0002';
    end if;
    my_role := private.webinar_role(meeting);
    if my_role is null then
      if not private.is_registered(meeting) then
        raise exception 'Only registered citizens and the team may join.' using errcode = '42501',
          hint = 'not-registered';
      end if;
      select s.starts_at - interval '15 minutes' into opens from public.webinar_sessions s where s.id = meeting;
      raise exception 'The meeting is open from 15 minutes before the start until the end.' using errcode = '22023',
        hint = 'not-open', detail = to_char(opens at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
    end if;
    return query
      select my_role, p.display_name, 'Sundhedscenter: webinar'::text, l.meeting_url, r.room, s.starts_at, s.ends_at
      from public.webinar_sessions s
      join public.profiles p on p.id = me
      join public.meeting_rooms r on r.session_id = s.id
      left join public.session_links l on l.session_id = s.id
      where s.id = meeting;
    return;
  end if;

  my_role := private.slot_role(meeting);
  if my_role is null then
    if not exists (
      select 1 from public.appointments a where a.slot_id = meeting and a.status = 'booked' and a.citizen_id = me
    ) then
      raise exception 'No such meeting.' using errcode = 'P0002';
    end if;
    select s.starts_at - interval '15 minutes' into opens from public.appointment_slots s where s.id = meeting;
    raise exception 'The meeting is open from 15 minutes before the start until the end.' using errcode = '22023',
      hint = 'not-open', detail = to_char(opens at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
  end if;
  return query
    select my_role, p.display_name,
      case s.kind when 'start' then 'Sundhedscenter: startsamtale' else 'Sundhedscenter: slutsamtale' end,
      l.video_url, r.room, s.starts_at, s.ends_at
    from public.appointment_slots s
    join public.profiles p on p.id = me
    join public.meeting_rooms r on r.slot_id = s.id
    left join public.slot_links l on l.slot_id = s.id
    where s.id = meeting;
end;
$$;
comment on function public.meeting_for_me(text, uuid) is
  'The caller''s way into a webinar or session: role (moderator for the team, viewer for the citizen in the join window), name, fixed link, room and times.';
revoke all on function public.meeting_for_me(text, uuid) from public, anon;
grant execute on function public.meeting_for_me(text, uuid) to authenticated;

-- Staff set (or, with null, remove) the fixed link of their webinar or slot; the tables'
-- constraint (private.meeting_link_ok) refuses a link that is not a plain https address (22023).
create function public.set_meeting_link(meeting_kind text, meeting uuid, url text) returns void
language plpgsql volatile security definer set search_path = ''
as $$
begin
  perform private.signed_in();
  if meeting_kind is null or meeting_kind not in ('webinar', 'appointment') then
    raise exception 'meeting_kind must be webinar or appointment.' using errcode = '22023';
  end if;
  if meeting is null
     or (meeting_kind = 'webinar' and not private.runs_session(meeting))
     or (meeting_kind = 'appointment' and not private.runs_slot(meeting)) then
    raise exception 'No such meeting of your team.' using errcode = 'P0002';
  end if;
  if meeting_kind = 'webinar' then
    if url is null then
      delete from public.session_links where session_id = meeting;
    else
      insert into public.session_links (session_id, meeting_url) values (meeting, url)
      on conflict (session_id) do update set meeting_url = excluded.meeting_url;
    end if;
  elsif url is null then
    delete from public.slot_links where slot_id = meeting;
  else
    insert into public.slot_links (slot_id, video_url) values (meeting, url)
    on conflict (slot_id) do update set video_url = excluded.video_url;
  end if;
end;
$$;
comment on function public.set_meeting_link(text, uuid, text) is
  'Sets (or with null removes) the fixed meeting link of a webinar or slot the caller''s team runs.';
revoke all on function public.set_meeting_link(text, uuid, text) from public, anon;
grant execute on function public.set_meeting_link(text, uuid, text) to authenticated;
