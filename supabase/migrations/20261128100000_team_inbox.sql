-- ───────────────────────── the team inbox ─────────────────────────
--
-- Every care thread of the teams a professional is in, across the municipalities they serve: who
-- waits for an answer and since when, who has it, and notes only the team sees. Access is
-- private.is_team_member, asked at every call, so a professional who leaves a team loses its inbox
-- at once (and Realtime asks row-level security for every change it sends).

-- Since when the citizen has waited: the time of their oldest message not yet answered by staff.
alter table public.inbox_state add column waiting_since timestamptz;
comment on column public.inbox_state.waiting_since is
  'The citizen''s oldest unanswered message; null when staff wrote last. Kept by private.track_waiting.';

update public.inbox_state s set waiting_since = (
  select min(m.created_at) from public.messages m join public.threads t on t.id = m.thread_id
  where m.thread_id = s.thread_id and m.sender_id = t.citizen_id
    and m.created_at > coalesce((
      select max(answer.created_at) from public.messages answer
      where answer.thread_id = s.thread_id and answer.sender_id is distinct from t.citizen_id
    ), '-infinity')
);

-- A citizen's message starts (or continues) the wait and reopens a closed or waiting conversation,
-- as help desks do; any staff message ends the wait. Writing into a closed conversation starts a
-- new wait from that message: what came before the team closed it was settled.
create function private.track_waiting() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  citizen uuid;
begin
  select t.citizen_id into citizen from public.threads t where t.id = new.thread_id and t.kind = 'care';
  if not found then
    return new;
  end if;
  if new.sender_id = citizen then
    update public.inbox_state
    set waiting_since = case when status = 'closed' then new.created_at else coalesce(waiting_since, new.created_at) end,
      status = 'open', updated_at = now()
    where thread_id = new.thread_id;
  elsif new.sender_id is not null then
    update public.inbox_state set waiting_since = null, updated_at = now()
    where thread_id = new.thread_id and waiting_since is not null;
  end if;
  return new;
end;
$$;
create trigger track_waiting after insert on public.messages
for each row execute function private.track_waiting();
revoke all on function private.track_waiting() from public;

-- The team closing a conversation, or setting it to wait for the citizen, decides it is not waiting
-- on the team: its wait ends, however the status is set (set_thread_status, released in
-- 20261123100400, or a direct update), until the citizen writes again.
create function private.end_wait_on_status() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  new.waiting_since := null;
  return new;
end;
$$;
create trigger end_wait_on_status before update of status on public.inbox_state
for each row when (new.status is distinct from old.status and new.status in ('closed', 'waiting'))
execute function private.end_wait_on_status();
revoke all on function private.end_wait_on_status() from public;

-- Only the staff serving a conversation see where it stands in the inbox (status, assignee, wait),
-- directly or through Realtime, which publishes the table: the citizen's own view of their
-- conversations is my_conversations. (Replaces the policy of 20261123100100, which let the citizen
-- read their thread's row.)
drop policy "Inbox state is seen with the thread" on public.inbox_state;
create policy "Inbox state is seen by the staff serving the thread" on public.inbox_state
for select to authenticated using (private.serves_thread(thread_id));

create index inbox_state_waiting on public.inbox_state (waiting_since) where status <> 'closed';
create index threads_care_team on public.threads (team_id) where kind = 'care';
-- The inbox's read log is written once per professional, citizen and 12 hours: this finds the last.
create index audit_log_inbox_reads on public.audit_log (actor_id, subject_id, at) where action = 'team_inbox';

-- Someone who leaves a team no longer holds its conversations: they go back to unassigned.
create function private.unassign_leaver() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  update public.inbox_state s set assignee_id = null, updated_at = now()
  from public.threads t
  where t.id = s.thread_id and t.team_id = old.team_id and s.assignee_id = old.profile_id;
  return old;
end;
$$;
create trigger unassign_leaver after delete on public.team_members
for each row execute function private.unassign_leaver();
revoke all on function private.unassign_leaver() from public;

-- As in 20261123100400 (same signature), with the assignee a professional of the team, as
-- everywhere else a team's conversations go (is_team_member, my_staff_teams): a team_members row of
-- someone whose role is not professional would hold a conversation nobody in the inbox sees.
create or replace function public.assign_thread(thread uuid, assignee uuid) returns void
language plpgsql volatile security definer set search_path = ''
as $$
declare
  conversation public.threads := private.team_care_thread(thread);
begin
  if assignee is not null
     and not (private.is_member_of(conversation.team_id, assignee) and private.is_professional(assignee)) then
    raise exception 'The assignee must be a member of the team who is a professional.' using errcode = '22023';
  end if;
  update public.inbox_state set assignee_id = assignee, updated_at = now() where thread_id = thread;
end;
$$;

-- Internal notes: for the team only, never in the citizen's conversation. Read through
-- inbox_notes(), which logs the read; written through add_inbox_note().
create table public.inbox_notes (
  id bigint generated always as identity primary key,
  thread_id uuid not null references public.threads (id) on delete cascade,
  author_id uuid references public.profiles (id) on delete set null,
  body text not null check (length(trim(body)) between 1 and 2000),
  created_at timestamptz not null default now()
);
comment on table public.inbox_notes is
  'Notes about a care conversation that only its team sees. Read through inbox_notes(), which logs it.';
create index inbox_notes_thread on public.inbox_notes (thread_id, id);
alter table public.inbox_notes enable row level security;
-- No policy and no grant: nobody reads or writes the table directly.

create function public.add_inbox_note(thread uuid, body text) returns bigint
language plpgsql volatile security definer set search_path = ''
as $$
declare
  conversation public.threads := private.team_care_thread(thread);
  added bigint;
begin
  if body is null or length(trim(body)) not between 1 and 2000 then
    raise exception 'body must be 1 to 2000 characters.' using errcode = '22023';
  end if;
  insert into public.inbox_notes (thread_id, author_id, body)
  values (conversation.id, (select auth.uid()), trim(body))
  returning id into added;
  -- inbox_state is not touched: a note changes nothing the inbox shows, nor the order of closed
  -- conversations (by updated_at).
  return added;
end;
$$;

create function public.inbox_notes(thread uuid)
returns table (id bigint, author_name text, mine boolean, body text, created_at timestamptz)
language plpgsql volatile security definer set search_path = ''
as $$
declare
  conversation public.threads := private.team_care_thread(thread);
begin
  perform private.log_reads(array[conversation.citizen_id], 'inbox_notes', jsonb_build_object('thread', thread));
  return query
  select n.id, coalesce(p.display_name, 'Tidligere medarbejder'), n.author_id = (select auth.uid()), n.body, n.created_at
  from public.inbox_notes n left join public.profiles p on p.id = n.author_id
  where n.thread_id = conversation.id
  order by n.id;
end;
$$;

-- The teams a professional is in, with their limits and members (for "assign to"), Danish order.
create function public.my_staff_teams()
returns table (
  team_id uuid,
  team_name text,
  answer_within_working_days integer,
  inactive_after_days integer,
  members jsonb
)
language sql stable security definer set search_path = ''
as $$
  select t.id, t.name, s.answer_within_working_days, s.inactive_after_days,
    (select coalesce(jsonb_agg(jsonb_build_object('id', p.id, 'name', p.display_name, 'title', p.job_title)
       order by p.display_name, p.id), '[]')
     from public.team_members m join public.profiles p on p.id = m.profile_id
     where m.team_id = t.id and p.role = 'professional')
  from public.teams t join public.team_settings s on s.team_id = t.id
  where private.is_team_member(t.id)
  order by t.name, t.id
$$;

-- The inbox, one filter at a time: open (all not closed), unassigned, mine, waiting (for the
-- citizen), closed. Open work comes oldest wait first; closed, the latest closed first (at most
-- 200). Search is on the citizen's name. Listing shows names and subjects, which are the
-- citizen's data: each citizen shown is logged, once per professional per citizen and 12 hours,
-- so a live inbox does not write a row for every refresh.
create function public.team_inbox(filter text default 'open', search text default null)
returns table (
  thread_id uuid,
  team_id uuid,
  team_name text,
  citizen_id uuid,
  citizen_name text,
  municipality text,
  title text,
  status public.inbox_status,
  assignee_id uuid,
  assignee_name text,
  waiting_since timestamptz,
  last_message_at timestamptz,
  video_requested_at timestamptz,
  updated_at timestamptz
)
language plpgsql volatile security definer set search_path = ''
as $$
declare
  me uuid := private.signed_in();
  pattern text;
begin
  if filter is null or filter not in ('open', 'unassigned', 'mine', 'waiting', 'closed') then
    raise exception 'filter must be open, unassigned, mine, waiting or closed, not %.', coalesce(filter, 'null')
      using errcode = '22023';
  end if;
  if search is not null and length(search) > 80 then
    raise exception 'search must be at most 80 characters.' using errcode = '22023';
  end if;
  pattern := nullif(trim(search), '');
  if pattern is not null then
    pattern := '%' || replace(replace(replace(pattern, '\', '\\'), '%', '\%'), '_', '\_') || '%';
  end if;

  return query
  with shown as (
    select t.id as thread_id, t.team_id, team.name as team_name, t.citizen_id, citizen.display_name as citizen_name,
      citizen.municipality::text as municipality, t.title, s.status, s.assignee_id,
      assignee.display_name as assignee_name, s.waiting_since, a.last_message_at, s.video_requested_at, s.updated_at
    from public.team_members m
    join public.profiles self on self.id = m.profile_id and self.role = 'professional'
    join public.teams team on team.id = m.team_id
    join public.threads t on t.team_id = m.team_id and t.kind = 'care'
    join public.inbox_state s on s.thread_id = t.id
    join public.profiles citizen on citizen.id = t.citizen_id
    left join public.profiles assignee on assignee.id = s.assignee_id
    left join public.thread_activity a on a.thread_id = t.id
    where m.profile_id = me
      and case filter
        when 'open' then s.status <> 'closed'
        when 'unassigned' then s.status <> 'closed' and s.assignee_id is null
        when 'mine' then s.status <> 'closed' and s.assignee_id = me
        when 'waiting' then s.status = 'waiting'
        else s.status = 'closed'
      end
      and (pattern is null or citizen.display_name ilike pattern)
    order by case when filter = 'closed' then s.updated_at end desc, t.id
    limit case when filter = 'closed' then 200 end
  ),
  logged as (
    insert into public.audit_log (actor_id, subject_id, action, detail)
    select distinct me, shown.citizen_id, 'team_inbox', '{}'::jsonb
    from shown
    where not exists (
      select 1 from public.audit_log seen
      where seen.subject_id = shown.citizen_id and seen.actor_id = me and seen.action = 'team_inbox'
        and seen.at > now() - interval '12 hours'
    )
  )
  select shown.* from shown
  order by
    case when filter = 'closed' then shown.updated_at end desc,
    shown.waiting_since nulls last,
    shown.last_message_at nulls last,
    shown.thread_id;
end;
$$;

-- One conversation's place in the inbox, for the conversation page of a professional.
create function public.inbox_entry(thread uuid)
returns table (
  thread_id uuid,
  team_id uuid,
  status public.inbox_status,
  assignee_id uuid,
  waiting_since timestamptz,
  video_requested_at timestamptz
)
language plpgsql stable security definer set search_path = ''
as $$
declare
  conversation public.threads := private.team_care_thread(thread);
begin
  return query
  select s.thread_id, conversation.team_id, s.status, s.assignee_id, s.waiting_since, s.video_requested_at
  from public.inbox_state s where s.thread_id = conversation.id;
end;
$$;

revoke all on function public.add_inbox_note(uuid, text), public.inbox_notes(uuid), public.my_staff_teams(),
  public.team_inbox(text, text), public.inbox_entry(uuid) from public, anon;
grant execute on function public.add_inbox_note(uuid, text), public.inbox_notes(uuid), public.my_staff_teams(),
  public.team_inbox(text, text), public.inbox_entry(uuid) to authenticated;
