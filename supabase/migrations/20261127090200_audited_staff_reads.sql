-- Every staff read of a citizen's data is logged, and the log outlives the citizen.
--
-- Postgres cannot log a SELECT, so staff no longer read citizens' rows directly: attendee lists,
-- bookings and conversations reach staff only through the functions below, which write the audit
-- log before they answer (cohort_overview already did). Citizens keep reading their own rows
-- directly, and Realtime keeps pushing them their own changes. Staff learn of new messages from
-- the inbox state (no message text) and then read through thread_messages.
--
-- The log names who read (a snapshot of their name and role, so it survives their account) and
-- the citizen read. When a citizen erases their account, their rows stay under a pseudonym: the
-- municipality can still account for every read, and nobody can tie the rows to the person.

-- ───────────────────────── the log ─────────────────────────

alter table public.audit_log drop constraint audit_log_subject_id_fkey;
alter table public.audit_log
  add column actor_name text,
  add column actor_role public.user_role,
  add column subject_municipality public.slug,
  add column subject_erased boolean not null default false;
update public.audit_log l set actor_name = p.display_name, actor_role = p.role from public.profiles p where p.id = l.actor_id;
update public.audit_log l set subject_municipality = p.municipality from public.profiles p where p.id = l.subject_id;
delete from public.audit_log where subject_id is null;
alter table public.audit_log alter column subject_id set not null;
comment on column public.audit_log.subject_id is
  'The citizen read; a pseudonym (subject_erased) once they have erased their account.';

-- Whoever writes a row, the snapshot is taken here.
create function private.complete_audit_row() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  select display_name, role into new.actor_name, new.actor_role from public.profiles where id = new.actor_id;
  if not new.subject_erased then
    select municipality into new.subject_municipality from public.profiles where id = new.subject_id;
  end if;
  return new;
end;
$$;
create trigger complete_audit_row before insert on public.audit_log
for each row execute function private.complete_audit_row();

-- One row per citizen whose data the signed-in person is about to be shown (not their own).
create function private.log_reads(whose uuid[], what text, about jsonb) returns void
language sql volatile security definer set search_path = ''
as $$
  insert into public.audit_log (actor_id, subject_id, action, detail)
  select (select auth.uid()), subject, what, about
  from (select distinct unnest(whose) as subject) s
  where subject is not null and subject is distinct from (select auth.uid())
$$;

drop policy "Citizens see who read their data; administrators their municipality's log" on public.audit_log;
create policy "Citizens see who read their data; administrators their municipality's log" on public.audit_log
for select to authenticated using ((select auth.uid()) = subject_id or private.administers(subject_municipality));

-- ───────────────────────── who reads a conversation directly ─────────────────────────

-- The people whose conversation it is: the citizen of a care thread, the citizens of a cohort's
-- chat, the team of a staff thread.
create function private.is_thread_participant(thread uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.threads t
    where t.id = thread
      and case t.kind
        when 'care' then t.citizen_id = (select auth.uid())
        when 'cohort' then private.is_enrolled(t.cohort_id)
        when 'staff' then private.is_team_member(t.team_id)
      end
  )
$$;

-- The professionals serving the citizens of a care thread or a cohort's chat.
create function private.serves_thread(thread uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.threads t
    left join public.cohorts c on c.id = t.cohort_id
    where t.id = thread
      and case t.kind
        when 'care' then private.is_team_member(t.team_id)
        when 'cohort' then private.is_team_member(c.team_id)
        else false
      end
  )
$$;

-- Thread access still follows the team or cohort, as before; only reading message text directly is
-- narrowed to the participants.
create or replace function private.can_see_thread(thread uuid) returns boolean
language sql stable security definer set search_path = ''
as $$ select private.is_thread_participant(thread) or private.serves_thread(thread) $$;

drop policy "Messages are seen with the thread" on public.messages;
create policy "Messages are read directly by the thread's participants" on public.messages
for select to authenticated using (private.is_thread_participant(thread_id));

drop policy "Citizens see their registrations; teams their webinars'" on public.registrations;
create policy "Citizens see their own registrations" on public.registrations
for select to authenticated using ((select auth.uid()) = citizen_id);

drop policy "Appointments are seen by the citizen, the professional and the team" on public.appointments;
create policy "Citizens see their own appointments" on public.appointments
for select to authenticated using ((select auth.uid()) = citizen_id);

-- ───────────────────────── staff reads, logged ─────────────────────────

-- The messages of a conversation after `after_id`, oldest first, at most 200 a call. Read by a
-- professional serving the thread, each citizen whose words (or care thread) are shown is logged.
create function public.thread_messages(thread uuid, after_id bigint default 0)
returns table (
  id bigint,
  thread_id uuid,
  sender_id uuid,
  sender_name text,
  sender_role public.user_role,
  body text,
  created_at timestamptz
)
language plpgsql volatile security definer set search_path = ''
as $$
declare
  conversation public.threads;
  shown public.messages[];
begin
  perform private.signed_in();
  select * into conversation from public.threads t where t.id = thread;
  if not found or not private.can_see_thread(thread) then
    raise exception 'No such conversation.' using errcode = 'P0002';
  end if;
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
  select m.id, m.thread_id, m.sender_id, p.display_name, p.role, m.body, m.created_at
  from unnest(shown) m left join public.profiles p on p.id = m.sender_id
  order by m.id;
end;
$$;

-- The people registered for (or waiting for) a webinar: for the team running it, which includes
-- its facilitators. Administrators plan webinars but do not see who attends.
create function public.webinar_attendees(webinar uuid)
returns table (citizen_id uuid, display_name text, status public.registration_status, registered_at timestamptz)
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
  select r.citizen_id, p.display_name, r.status, r.registered_at
  from public.registrations r join public.profiles p on p.id = r.citizen_id
  where r.session_id = webinar and r.status <> 'cancelled'
  order by r.status, r.registered_at, r.citizen_id;
end;
$$;

-- A team's booked and cancelled start- and end-sessions in a period (at most 92 days), for its members.
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
  status public.appointment_status
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
  select a.id, a.slot_id, s.kind, a.professional_id, a.citizen_id, p.display_name, a.starts_at, a.ends_at, a.status
  from unnest(shown) a
  join public.appointment_slots s on s.id = a.slot_id
  join public.profiles p on p.id = a.citizen_id
  order by a.starts_at, a.id;
end;
$$;

-- ───────────────────────── the citizen's view of the log ─────────────────────────

create function public.reads_of_my_data()
returns table (at timestamptz, action text, by_name text, by_role public.user_role)
language sql stable security definer set search_path = ''
as $$
  select l.at, l.action, l.actor_name, l.actor_role
  from public.audit_log l
  where l.subject_id = private.signed_in()
  order by l.at desc, l.id desc
$$;

create or replace function public.export_my_data() returns jsonb
language plpgsql stable security definer set search_path = ''
as $$
declare
  me uuid := private.signed_in();
begin
  return jsonb_build_object(
    'exported_at', now(),
    'profile', (select to_jsonb(p) || jsonb_build_object('email', u.email) from public.profiles p join auth.users u on u.id = p.id where p.id = me),
    'enrollments', coalesce((select jsonb_agg(to_jsonb(e)) from public.enrollments e where e.citizen_id = me), '[]'),
    'registrations', coalesce((select jsonb_agg(to_jsonb(r)) from public.registrations r where r.citizen_id = me), '[]'),
    'appointments', coalesce((
      select jsonb_agg(to_jsonb(a) || jsonb_build_object('kind', s.kind))
      from public.appointments a join public.appointment_slots s on s.id = a.slot_id
      where me in (a.citizen_id, a.professional_id)
    ), '[]'),
    'threads', coalesce((
      select jsonb_agg(jsonb_build_object(
        'id', t.id, 'kind', t.kind, 'title', t.title, 'created_at', t.created_at, 'last_read_at', tm.last_read_at,
        'messages', coalesce((
          select jsonb_agg(jsonb_build_object('sent_at', m.created_at, 'from_me', m.sender_id = me, 'body', m.body)
            order by m.created_at, m.id)
          from public.messages m where m.thread_id = t.id
        ), '[]')
      ))
      from public.threads t
      left join public.thread_members tm on tm.thread_id = t.id and tm.profile_id = me
      where t.citizen_id = me or (t.kind = 'cohort' and private.is_enrolled(t.cohort_id))
    ), '[]'),
    'progress', coalesce((select jsonb_agg(to_jsonb(p) order by p.lesson_id) from public.progress p where p.user_id = me), '[]'),
    'reads_of_my_data', coalesce((
      select jsonb_agg(jsonb_build_object('at', r.at, 'action', r.action, 'by', r.by_name, 'role', r.by_role) order by r.at)
      from public.reads_of_my_data() r
    ), '[]')
  );
end;
$$;

-- ───────────────────────── erasure keeps the log, under a pseudonym ─────────────────────────

create or replace function public.delete_my_account() returns void
language plpgsql volatile security definer set search_path = ''
as $$
declare
  me uuid := private.signed_in_citizen();
  pseudonym uuid := gen_random_uuid();
  seat record;
begin
  -- Seats held go to the waitlist first.
  for seat in select r.session_id from public.registrations r where r.citizen_id = me and r.status in ('registered', 'waiting') loop
    perform public.cancel_registration(seat.session_id);
  end loop;
  -- Who read their data stays on record, under one pseudonym nobody can tie to them.
  update public.audit_log set subject_id = pseudonym, subject_erased = true where subject_id = me;
  -- Their words go with them: messages in group chats here, care threads (with the team's replies
  -- and the titles they wrote) by cascade with the login.
  delete from public.messages where sender_id = me;
  delete from auth.users where id = me;
end;
$$;

-- ───────────────────────── privileges ─────────────────────────

revoke all on function private.complete_audit_row(), private.log_reads(uuid[], text, jsonb),
  private.is_thread_participant(uuid), private.serves_thread(uuid) from public;
grant execute on function private.is_thread_participant(uuid), private.serves_thread(uuid) to authenticated;
revoke all on function public.thread_messages(uuid, bigint), public.webinar_attendees(uuid),
  public.team_bookings(uuid, timestamptz, timestamptz), public.reads_of_my_data() from public, anon;
grant execute on function public.thread_messages(uuid, bigint), public.webinar_attendees(uuid),
  public.team_bookings(uuid, timestamptz, timestamptz), public.reads_of_my_data() to authenticated;
