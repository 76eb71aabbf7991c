-- Chat: care threads between a citizen and a team (the team's shared inbox), cohort group chats and
-- staff threads. Messages are written only through send_message, which checks membership and length
-- and keeps the inbox state: a citizen's message opens the thread, a staff reply sets it waiting.

-- A citizen starts a conversation with a team of their municipality or of one of their cohorts.
create function public.open_care_thread(team uuid, title text) returns uuid
language plpgsql volatile security definer set search_path = ''
as $$
declare
  me uuid := private.signed_in_citizen();
  opened uuid;
begin
  if title is null or length(trim(title)) not between 1 and 160 then
    raise exception 'title must be 1 to 160 characters.' using errcode = '22023';
  end if;
  if team is null or not exists (
    select 1 from public.teams t join public.profiles p on p.id = me
    where t.id = team and (
      t.municipality = p.municipality
      or exists (
        select 1 from public.cohorts c join public.enrollments e on e.cohort_id = c.id
        where c.team_id = t.id and e.citizen_id = me
      )
    )
  ) then
    raise exception 'No such team.' using errcode = 'P0002';
  end if;
  insert into public.threads (kind, team_id, citizen_id, title) values ('care', team, me, trim(title))
  returning id into opened;
  insert into public.thread_members (thread_id, profile_id, last_read_at) values (opened, me, now());
  insert into public.inbox_state (thread_id) values (opened);
  return opened;
end;
$$;

create function public.send_message(thread uuid, message text) returns bigint
language plpgsql volatile security definer set search_path = ''
as $$
declare
  me uuid := private.signed_in();
  conversation public.threads;
  sent bigint;
begin
  if message is null or length(trim(message)) = 0 then
    raise exception 'The message is empty.' using errcode = '22023';
  end if;
  if length(message) > 4000 then
    raise exception 'The message is % characters; at most 4000 are allowed.', length(message) using errcode = '22001';
  end if;
  select * into conversation from public.threads t where t.id = thread;
  if not found or not private.can_see_thread(thread) then
    raise exception 'No such conversation.' using errcode = 'P0002';
  end if;
  insert into public.messages (thread_id, sender_id, body) values (thread, me, message) returning id into sent;
  -- A team member who answers joins the thread, and has read it.
  insert into public.thread_members (thread_id, profile_id, last_read_at) values (thread, me, now())
  on conflict (thread_id, profile_id) do update set last_read_at = now();
  if conversation.kind = 'care' then
    update public.inbox_state set
      status = case when me = conversation.citizen_id then 'open'::public.inbox_status else 'waiting' end,
      updated_at = now()
    where thread_id = thread;
  end if;
  return sent;
end;
$$;

create function public.mark_thread_read(thread uuid) returns void
language plpgsql volatile security definer set search_path = ''
as $$
declare
  me uuid := private.signed_in();
begin
  if thread is null or not private.can_see_thread(thread) then
    raise exception 'No such conversation.' using errcode = 'P0002';
  end if;
  insert into public.thread_members (thread_id, profile_id, last_read_at) values (thread, me, now())
  on conflict (thread_id, profile_id) do update set last_read_at = now();
end;
$$;

-- The team inbox: members of the thread's team assign a colleague (or no one) and set the status.
create function private.team_care_thread(thread uuid) returns public.threads
language plpgsql stable security definer set search_path = ''
as $$
declare
  conversation public.threads;
begin
  perform private.signed_in();
  select * into conversation from public.threads t where t.id = thread and t.kind = 'care';
  if not found or not private.is_team_member(conversation.team_id) then
    raise exception 'No such conversation in your team''s inbox.' using errcode = 'P0002';
  end if;
  return conversation;
end;
$$;

create function public.assign_thread(thread uuid, assignee uuid) returns void
language plpgsql volatile security definer set search_path = ''
as $$
declare
  conversation public.threads := private.team_care_thread(thread);
begin
  if assignee is not null and not private.is_member_of(conversation.team_id, assignee) then
    raise exception 'The assignee must be a member of the team.' using errcode = '22023';
  end if;
  update public.inbox_state set assignee_id = assignee, updated_at = now() where thread_id = thread;
end;
$$;

create function public.set_thread_status(thread uuid, new_status text) returns void
language plpgsql volatile security definer set search_path = ''
as $$
declare
  conversation public.threads := private.team_care_thread(thread);
begin
  if new_status is null or new_status not in ('open', 'waiting', 'closed') then
    raise exception 'status must be open, waiting or closed, not %.', coalesce(new_status, 'null') using errcode = '22023';
  end if;
  update public.inbox_state set status = new_status::public.inbox_status, updated_at = now()
  where thread_id = conversation.id;
end;
$$;

revoke all on function private.team_care_thread(uuid) from public;
grant execute on function private.team_care_thread(uuid) to authenticated;
revoke all on function public.open_care_thread(uuid, text), public.send_message(uuid, text),
  public.mark_thread_read(uuid), public.assign_thread(uuid, uuid), public.set_thread_status(uuid, text)
from public, anon;
grant execute on function public.open_care_thread(uuid, text), public.send_message(uuid, text),
  public.mark_thread_read(uuid), public.assign_thread(uuid, uuid), public.set_thread_status(uuid, text)
to authenticated;

-- Realtime: what the chat and the registration lists need pushed, and nothing else. Supabase
-- Realtime checks each subscriber's row-level security before sending a change.
alter publication supabase_realtime add table public.messages, public.registrations, public.inbox_state;
