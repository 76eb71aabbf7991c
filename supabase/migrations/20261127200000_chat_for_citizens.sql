-- ───────────────────────── chat for citizens ─────────────────────────
--
-- What the chat pages need on top of the threads of 20261123100400_chat.sql:
-- - every cohort has its group chat, made with the cohort;
-- - a message sent again with the same key (a device retrying after a lost answer, or an outbox
--   sent from two tabs) is stored once: the database, not the device, keeps it from arriving twice;
-- - each thread says what changed last (newest message, last hidden one), published to Realtime,
--   so everyone allowed to see the thread learns of a change without receiving any message text
--   they may not read directly; they then read through thread_messages (logged for staff);
-- - unread counts from the last message a person has read, by id (timestamps of concurrent
--   transactions can commit out of order);
-- - staff hide a message in a group chat (its text is kept out of the citizens' reach), citizens
--   report one;
-- - a citizen asks the team for a video meeting (a care thread marked as a request in the inbox);
-- - an e-mail, with no text, when the team answers a citizen.

-- ───────────────────────── every cohort has a group chat ─────────────────────────

create unique index threads_one_per_cohort on public.threads (cohort_id) where kind = 'cohort';

create function private.open_cohort_chat() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  insert into public.threads (kind, cohort_id, title) values ('cohort', new.id, new.title) on conflict do nothing;
  return new;
end;
$$;
create trigger open_cohort_chat after insert on public.cohorts
for each row execute function private.open_cohort_chat();
insert into public.threads (kind, cohort_id, title)
select 'cohort', c.id, c.title from public.cohorts c
where not exists (select 1 from public.threads t where t.kind = 'cohort' and t.cohort_id = c.id);

-- ───────────────────────── messages: once per key, hidden by staff ─────────────────────────

alter table public.messages
  add column client_key uuid,
  add column hidden_at timestamptz,
  add column hidden_by uuid references public.profiles (id) on delete set null;
comment on column public.messages.client_key is
  'Chosen by the sending device; a second send with the same key returns the first message.';
create unique index messages_once_per_client_key on public.messages (sender_id, client_key);

-- A hidden message keeps no text where its readers can reach it.
alter table public.messages alter column body drop not null;
alter table public.messages drop constraint messages_body_check;
alter table public.messages add constraint messages_body_unless_hidden check (
  (hidden_at is null and body is not null and length(trim(body)) between 1 and 4000)
  or (hidden_at is not null and body is null)
);

-- The text of a hidden message, for the record only: no one reads it through the API.
create table public.hidden_messages (
  message_id bigint primary key references public.messages (id) on delete cascade,
  body text not null,
  hidden_by uuid references public.profiles (id) on delete set null,
  hidden_at timestamptz not null default now()
);
alter table public.hidden_messages enable row level security;
revoke all on public.hidden_messages from anon, authenticated;

create table public.message_reports (
  message_id bigint not null references public.messages (id) on delete cascade,
  reporter_id uuid not null references public.profiles (id) on delete cascade,
  reason text check (reason is null or length(trim(reason)) between 1 and 500),
  created_at timestamptz not null default now(),
  primary key (message_id, reporter_id)
);
comment on table public.message_reports is 'Citizens'' reports of messages in group chats, for the team to look at.';
alter table public.message_reports enable row level security;
-- Reporters see their own reports; the team sees the count through thread_messages.
create policy "Citizens see their own reports" on public.message_reports
for select to authenticated using (reporter_id = (select auth.uid()));
grant select on public.message_reports to authenticated;

-- ───────────────────────── what changed in a thread ─────────────────────────

alter table public.inbox_state add column video_requested_at timestamptz;
comment on column public.inbox_state.video_requested_at is 'Set when the citizen asked for a video meeting: a task in the inbox.';

-- Each thread's latest change, in a narrow table of its own: this is what Realtime publishes, so a
-- change reaches everyone who may see the thread with nothing but ids and times (not the title a
-- citizen wrote, nor who the citizen is).
create table public.thread_activity (
  thread_id uuid primary key references public.threads (id) on delete cascade,
  last_message_id bigint,
  last_message_at timestamptz,
  last_hidden_at timestamptz
);
comment on table public.thread_activity is
  'What changed last in a thread (newest message, last hidden one): published to Realtime, no text.';
alter table public.thread_activity enable row level security;
create policy "Thread activity is seen with the thread" on public.thread_activity
for select to authenticated using (private.can_see_thread(thread_id));
grant select on public.thread_activity to authenticated;
insert into public.thread_activity (thread_id, last_message_id, last_message_at)
select t.id, m.id, m.created_at from public.threads t
left join lateral (
  select id, created_at from public.messages where thread_id = t.id order by id desc limit 1
) m on true;

create function private.open_thread_activity() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  insert into public.thread_activity (thread_id) values (new.id) on conflict do nothing;
  return new;
end;
$$;
create trigger open_thread_activity after insert on public.threads
for each row execute function private.open_thread_activity();

-- send_message locks the thread before inserting, so ids commit in order within a thread and the
-- newest is always the largest (readers ask for what came after the last id they saw).
create function private.note_new_message() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  insert into public.thread_activity (thread_id, last_message_id, last_message_at)
  values (new.thread_id, new.id, new.created_at)
  on conflict (thread_id) do update set last_message_id = excluded.last_message_id, last_message_at = excluded.last_message_at
  where public.thread_activity.last_message_id is null or public.thread_activity.last_message_id < excluded.last_message_id;
  return new;
end;
$$;
create trigger note_new_message after insert on public.messages
for each row execute function private.note_new_message();

alter publication supabase_realtime add table public.thread_activity;

-- A cohort's group chat is named as the cohort, also after a rename.
create function private.rename_cohort_chat() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  update public.threads set title = new.title where kind = 'cohort' and cohort_id = new.id;
  return new;
end;
$$;
create trigger rename_cohort_chat after update of title on public.cohorts
for each row execute function private.rename_cohort_chat();

-- Peers in a thread read each other's messages, not the sender's device key or who hid one.
revoke select on public.messages from authenticated;
grant select (id, thread_id, sender_id, body, created_at, hidden_at) on public.messages to authenticated;

alter table public.thread_members add column last_read_id bigint;
update public.thread_members tm set last_read_id = (
  select max(m.id) from public.messages m where m.thread_id = tm.thread_id and m.created_at <= tm.last_read_at
);

-- The person has read the thread up to its newest message.
create function private.read_up_to_now(thread uuid, reader uuid) returns void
language sql volatile security definer set search_path = ''
as $$
  insert into public.thread_members (thread_id, profile_id, last_read_at, last_read_id)
  select thread, reader, now(), a.last_message_id from public.thread_activity a where a.thread_id = thread
  on conflict (thread_id, profile_id) do update set
    last_read_at = now(),
    last_read_id = greatest(public.thread_members.last_read_id, excluded.last_read_id)
$$;

create or replace function public.mark_thread_read(thread uuid) returns void
language plpgsql volatile security definer set search_path = ''
as $$
declare
  me uuid := private.signed_in();
begin
  if thread is null or not private.can_see_thread(thread) then
    raise exception 'No such conversation.' using errcode = 'P0002';
  end if;
  perform private.read_up_to_now(thread, me);
end;
$$;

-- ───────────────────────── who a citizen writes to ─────────────────────────

-- The teams that serve the citizen's municipality, and those running one of their cohorts.
create function private.may_write_to(team uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select private.serves_me(team) or exists (
    select 1 from public.cohorts c join public.enrollments e on e.cohort_id = c.id
    where c.team_id = team and e.citizen_id = (select auth.uid())
  )
$$;

create function public.my_care_teams() returns table (id uuid, name text)
language sql stable security definer set search_path = ''
as $$
  select t.id, t.name from public.teams t where private.may_write_to(t.id) order by t.name, t.id
$$;

create or replace function public.open_care_thread(team uuid, title text) returns uuid
language plpgsql volatile security definer set search_path = ''
as $$
declare
  me uuid := private.signed_in_citizen();
  opened uuid;
begin
  if title is null or length(trim(title)) not between 1 and 160 then
    raise exception 'title must be 1 to 160 characters.' using errcode = '22023';
  end if;
  if team is null or not private.may_write_to(team) then
    raise exception 'No such team.' using errcode = 'P0002';
  end if;
  insert into public.threads (kind, team_id, citizen_id, title) values ('care', team, me, trim(title))
  returning id into opened;
  insert into public.thread_members (thread_id, profile_id, last_read_at) values (opened, me, now());
  insert into public.inbox_state (thread_id) values (opened);
  return opened;
end;
$$;

-- ───────────────────────── sending, once ─────────────────────────

drop function public.send_message(uuid, text);
create function public.send_message(thread uuid, message text, idempotency_key uuid default null) returns bigint
language plpgsql volatile security definer set search_path = ''
as $$
declare
  me uuid := private.signed_in();
  conversation public.threads;
  earlier public.messages;
  sent bigint;
begin
  if message is null or length(trim(message)) = 0 then
    raise exception 'The message is empty.' using errcode = '22023';
  end if;
  if length(message) > 4000 then
    raise exception 'The message is % characters; at most 4000 are allowed.', length(message) using errcode = '22001';
  end if;
  -- Locked until commit: messages in one thread are numbered and committed one after the other.
  select * into conversation from public.threads t where t.id = thread for no key update;
  if not found or not private.can_see_thread(thread) then
    raise exception 'No such conversation.' using errcode = 'P0002';
  end if;
  if idempotency_key is not null then
    select * into earlier from public.messages m where m.sender_id = me and m.client_key = idempotency_key;
    if found then
      if earlier.thread_id <> thread then
        raise exception 'This message key was used in another conversation.' using errcode = '22023';
      end if;
      return earlier.id;
    end if;
  end if;
  insert into public.messages (thread_id, sender_id, body, client_key) values (thread, me, message, idempotency_key)
  on conflict (sender_id, client_key) do nothing
  returning id into sent;
  if sent is null then
    -- The same message from another tab committed first: answer with it.
    select m.id into sent from public.messages m where m.sender_id = me and m.client_key = idempotency_key;
    return sent;
  end if;
  -- A team member who answers joins the thread, and has read it.
  perform private.read_up_to_now(thread, me);
  if conversation.kind = 'care' then
    update public.inbox_state set
      status = case when me = conversation.citizen_id then 'open'::public.inbox_status else 'waiting' end,
      updated_at = now()
    where thread_id = thread;
  end if;
  return sent;
end;
$$;

-- ───────────────────────── reading ─────────────────────────

-- As before (a professional's read is logged), with what the chat shows: the sender's title, one's
-- own messages and their keys (to match what the device sent), hidden messages without text, and
-- for the team the number of reports.
drop function public.thread_messages(uuid, bigint);
create function public.thread_messages(thread uuid, after_id bigint default 0)
returns table (
  id bigint,
  thread_id uuid,
  sender_id uuid,
  sender_name text,
  sender_role public.user_role,
  sender_title text,
  mine boolean,
  client_key uuid,
  body text,
  hidden boolean,
  reported_by_me boolean,
  reports integer,
  created_at timestamptz
)
language plpgsql volatile security definer set search_path = ''
as $$
declare
  me uuid := private.signed_in();
  conversation public.threads;
  shown public.messages[];
  serving boolean;
begin
  select * into conversation from public.threads t where t.id = thread;
  if not found or not private.can_see_thread(thread) then
    raise exception 'No such conversation.' using errcode = 'P0002';
  end if;
  if after_id is not null and after_id < 0 then
    raise exception 'after_id must be 0 or more.' using errcode = '22023';
  end if;
  serving := private.serves_thread(thread);
  -- What is shown is decided once, so the log names exactly the citizens whose words are shown.
  select coalesce(array_agg(m order by m.id), '{}') into shown
  from (
    select * from public.messages m where m.thread_id = thread and m.id > coalesce(after_id, 0) order by m.id limit 200
  ) m;
  if cardinality(shown) > 0 and not private.is_thread_participant(thread) then
    perform private.log_reads(
      array(
        select conversation.citizen_id where conversation.kind = 'care'
        union
        select m.sender_id from unnest(shown) m join public.profiles p on p.id = m.sender_id where p.role = 'citizen'
      ),
      'thread_messages',
      jsonb_build_object('thread', thread)
    );
  end if;
  return query
  select m.id, m.thread_id, m.sender_id, p.display_name, p.role, p.job_title,
    m.sender_id is not distinct from me,
    case when m.sender_id = me then m.client_key end,
    m.body, m.hidden_at is not null,
    exists (select 1 from public.message_reports r where r.message_id = m.id and r.reporter_id = me),
    case when serving then (select count(*)::integer from public.message_reports r where r.message_id = m.id) end,
    m.created_at
  from unnest(shown) m left join public.profiles p on p.id = m.sender_id
  order by m.id;
end;
$$;

-- The conversations a person takes part in, newest first, with how many messages from others
-- they have not read. One definition of "unread", for the list and the header's count.
create function public.my_conversations()
returns table (
  thread_id uuid,
  kind public.thread_kind,
  title text,
  team_name text,
  last_message_at timestamptz,
  unread integer,
  video_requested boolean
)
language sql stable security definer set search_path = ''
as $$
  with mine as (
    -- The reader's care threads and the chats of their cohorts (staff: their teams' staff threads).
    select t.* from public.threads t where t.kind = 'care' and t.citizen_id = (select auth.uid())
    union all
    select t.* from public.threads t join public.enrollments e on e.cohort_id = t.cohort_id
    where t.kind = 'cohort' and e.citizen_id = (select auth.uid())
    union all
    select t.* from public.threads t join public.team_members m on m.team_id = t.team_id
    where t.kind = 'staff' and m.profile_id = (select auth.uid())
  )
  select t.id, t.kind, t.title, coalesce(team.name, cohort_team.name), a.last_message_at,
    (select count(*)::integer from public.messages m
     where m.thread_id = t.id and m.id > coalesce(tm.last_read_id, 0)
       and m.sender_id is distinct from (select auth.uid()) and m.hidden_at is null),
    s.video_requested_at is not null
  from mine t
  left join public.thread_activity a on a.thread_id = t.id
  left join public.cohorts c on c.id = t.cohort_id
  left join public.teams team on team.id = t.team_id
  left join public.teams cohort_team on cohort_team.id = c.team_id
  left join public.inbox_state s on s.thread_id = t.id
  left join public.thread_members tm on tm.thread_id = t.id and tm.profile_id = (select auth.uid())
  order by t.kind = 'cohort' desc, coalesce(a.last_message_at, t.created_at) desc, t.id
$$;

create function public.my_unread_count() returns integer
language sql stable security definer set search_path = ''
as $$ select coalesce(sum(unread), 0)::integer from public.my_conversations() $$;

-- ───────────────────────── hiding and reporting in group chats ─────────────────────────

create function public.hide_message(message bigint) returns void
language plpgsql volatile security definer set search_path = ''
as $$
declare
  me uuid := private.signed_in();
  target public.messages;
begin
  select m.* into target from public.messages m join public.threads t on t.id = m.thread_id
  where m.id = message and t.kind = 'cohort' and private.serves_thread(t.id)
  for update of m;
  if not found then
    raise exception 'No such message in a group chat of your teams.' using errcode = 'P0002';
  end if;
  if target.hidden_at is not null then
    return;
  end if;
  insert into public.hidden_messages (message_id, body, hidden_by) values (target.id, target.body, me);
  update public.messages set body = null, hidden_at = now(), hidden_by = me where id = target.id;
  update public.thread_activity set last_hidden_at = now() where thread_id = target.thread_id;
end;
$$;

create function public.report_message(message bigint, reason text default null) returns void
language plpgsql volatile security definer set search_path = ''
as $$
declare
  me uuid := private.signed_in_citizen();
  target public.messages;
begin
  if reason is not null and length(trim(reason)) > 500 then
    raise exception 'The reason is % characters; at most 500 are allowed.', length(trim(reason)) using errcode = '22001';
  end if;
  select m.* into target from public.messages m join public.threads t on t.id = m.thread_id
  where m.id = message and t.kind = 'cohort' and private.is_thread_participant(t.id);
  if not found then
    raise exception 'No such message in your group chats.' using errcode = 'P0002';
  end if;
  if target.sender_id = me then
    raise exception 'You cannot report your own message.' using errcode = '22023';
  end if;
  insert into public.message_reports (message_id, reporter_id, reason)
  values (target.id, me, nullif(trim(reason), ''))
  on conflict (message_id, reporter_id) do update set reason = coalesce(excluded.reason, public.message_reports.reason);
end;
$$;

-- ───────────────────────── asking for a video meeting ─────────────────────────

-- With the device's key, asking again (a retry after a lost answer) answers with the first request.
create function public.request_video_meeting(team uuid, note text default null, idempotency_key uuid default null)
returns uuid
language plpgsql volatile security definer set search_path = ''
as $$
declare
  me uuid := private.signed_in_citizen();
  opened uuid;
begin
  if note is not null and length(note) > 4000 then
    raise exception 'The note is % characters; at most 4000 are allowed.', length(note) using errcode = '22001';
  end if;
  if idempotency_key is not null then
    select m.thread_id into opened from public.messages m where m.sender_id = me and m.client_key = idempotency_key;
    if found then
      return opened;
    end if;
  end if;
  opened := public.open_care_thread(team, 'Ønsker en videosamtale');
  perform public.send_message(
    opened, coalesce(nullif(trim(note), ''), 'Jeg vil gerne have en videosamtale.'), idempotency_key
  );
  update public.inbox_state set video_requested_at = now() where thread_id = opened;
  return opened;
end;
$$;

-- ───────────────────────── an e-mail when the team answers ─────────────────────────

alter table public.notification_choices add column messages boolean not null default true;
comment on column public.notification_choices.messages is 'An e-mail when the team answers (never the text).';

alter table public.notifications drop constraint notifications_kind_check;
alter table public.notifications
  add constraint notifications_kind_check check (kind in ('seat_granted', 'webinar_tomorrow', 'webinar_soon', 'new_message')),
  add column thread_id uuid references public.threads (id) on delete cascade;
-- One unsent notice per conversation: five answers in a row make one e-mail.
create unique index notifications_one_unsent_per_thread on public.notifications (profile_id, thread_id)
where kind = 'new_message' and sent_at is null;

create function private.notify_answer() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  insert into public.notifications (profile_id, kind, thread_id)
  select t.citizen_id, 'new_message', t.id from public.threads t
  where t.id = new.thread_id and t.kind = 'care' and new.sender_id is distinct from t.citizen_id
  -- A later answer renews the waiting notice: reading the first answer must not silence the next.
  on conflict (profile_id, thread_id) where kind = 'new_message' and sent_at is null
  do update set created_at = now();
  return new;
end;
$$;
create trigger notify_answer after insert on public.messages
for each row when (new.sender_id is not null) execute function private.notify_answer();

-- Which notices are claimed for sending (the kinds a person wants, and a message notice only while
-- its conversation is unread) is claim_notifications's, in 20261127230000_web_push.sql.

-- A notice put back (its mail could not go) while a newer one for the same conversation waits:
-- the newer one stands for both.
create or replace function public.release_notifications(ids bigint[]) returns void
language plpgsql volatile security definer set search_path = ''
as $$
begin
  delete from public.notifications n
  where n.id = any(ids) and n.kind = 'new_message' and exists (
    select 1 from public.notifications waiting
    where waiting.kind = 'new_message' and waiting.sent_at is null
      and waiting.profile_id = n.profile_id and waiting.thread_id = n.thread_id
  );
  update public.notifications set sent_at = null where id = any(ids);
end;
$$;

-- ───────────────────────── privileges ─────────────────────────

revoke all on function private.open_cohort_chat(), private.note_new_message(), private.read_up_to_now(uuid, uuid),
  private.may_write_to(uuid), private.notify_answer(), private.open_thread_activity(), private.rename_cohort_chat()
  from public;
grant execute on function private.may_write_to(uuid) to authenticated;
revoke all on function public.send_message(uuid, text, uuid), public.thread_messages(uuid, bigint),
  public.my_care_teams(), public.my_conversations(), public.my_unread_count(), public.hide_message(bigint),
  public.report_message(bigint, text), public.request_video_meeting(uuid, text, uuid) from public, anon;
grant execute on function public.send_message(uuid, text, uuid), public.thread_messages(uuid, bigint),
  public.my_care_teams(), public.my_conversations(), public.my_unread_count(), public.hide_message(bigint),
  public.report_message(bigint, text), public.request_video_meeting(uuid, text, uuid) to authenticated;
