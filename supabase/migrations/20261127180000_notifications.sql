-- ───────────────────────── notifications by e-mail ─────────────────────────
--
-- What the platform tells people by e-mail, queued in the database where the event happens and
-- sent by a scheduled function (functions/send-notifications.ts) with the service role. A queued
-- notice names its kind and what it is about (a webinar's id), never text: the mail says only that
-- there is something new, with a link (Danish guidance on e-mail and health data). Nothing goes to
-- an address that has not been confirmed, and each person chooses which kinds they get.

create table public.notification_choices (
  profile_id uuid primary key references public.profiles (id) on delete cascade,
  -- A seat from the waitlist, and reminders before a webinar.
  webinars boolean not null default true
);
comment on table public.notification_choices is
  'Which e-mails a person gets; no row means the defaults (all on).';

create table public.notifications (
  id bigint generated always as identity primary key,
  profile_id uuid not null references public.profiles (id) on delete cascade,
  kind text not null check (kind in ('seat_granted', 'webinar_tomorrow', 'webinar_soon')),
  -- The webinar it is about: the link in the mail leads to the webinars page, not to it.
  session_id uuid references public.webinar_sessions (id) on delete cascade,
  created_at timestamptz not null default now(),
  sent_at timestamptz,
  -- One notice of a kind per person and webinar: a reminder is never sent twice.
  unique (profile_id, kind, session_id)
);
comment on table public.notifications is
  'E-mails to send: kind and subject only, no text. Read and marked sent by the notification function (service role).';
create index notifications_unsent on public.notifications (created_at) where sent_at is null;

alter table public.notification_choices enable row level security;
alter table public.notifications enable row level security;
-- People read and change their own choices; no one but the service role touches the queue.
create policy "People see their own e-mail choices" on public.notification_choices
for select to authenticated using (profile_id = (select auth.uid()));
create policy "People make their own e-mail choices" on public.notification_choices
for insert to authenticated with check (profile_id = (select auth.uid()));
create policy "People change their own e-mail choices" on public.notification_choices
for update to authenticated using (profile_id = (select auth.uid())) with check (profile_id = (select auth.uid()));
grant select, insert, update on public.notification_choices to authenticated;
revoke all on public.notifications from anon, authenticated;

-- A waiting citizen who gets a seat is told (by fill_seats, after a cancellation or more seats).
create function private.notify_seat_granted() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  insert into public.notifications (profile_id, kind, session_id)
  values (new.citizen_id, 'seat_granted', new.session_id)
  on conflict do nothing;
  return new;
end;
$$;
create trigger notify_seat_granted after update of status on public.registrations
for each row when (old.status = 'waiting' and new.status = 'registered')
execute function private.notify_seat_granted();

-- Reminders for registered citizens: a day before (between 24 and 23 hours ahead) and shortly
-- before (within the hour). Run by the scheduled function each time, before it sends; running
-- twice queues nothing twice.
create function public.queue_due_reminders() returns integer
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
    on conflict do nothing
    returning 1
  )
  select count(*)::integer from due
$$;

-- The next notices to send, with the address to send them to: only confirmed addresses, only the
-- kinds the person wants. Notices that may not be sent are marked as handled, so they never go
-- later to an address confirmed afterwards for something long past.
create function public.claim_notifications(batch integer default 50)
returns table (id bigint, kind text, email text)
language plpgsql volatile security definer set search_path = ''
as $$
begin
  if batch is null or batch not between 1 and 500 then
    raise exception 'batch must be between 1 and 500' using errcode = '22023';
  end if;
  return query
  with next as (
    select n.id from public.notifications n
    where n.sent_at is null
    order by n.created_at, n.id
    limit batch
    for update skip locked
  ), handled as (
    update public.notifications n set sent_at = now()
    from next where n.id = next.id
    returning n.id, n.kind, n.profile_id
  )
  select h.id, h.kind, u.email::text
  from handled h
  join auth.users u on u.id = h.profile_id
  left join public.notification_choices c on c.profile_id = h.profile_id
  where u.email is not null and u.email_confirmed_at is not null and coalesce(c.webinars, true);
end;
$$;
comment on function public.claim_notifications(integer) is
  'Marks the next notices handled and returns those to send (confirmed addresses, chosen kinds). Service role only.';

-- A notice whose mail could not go (the mail server was down) is put back for the next run.
create function public.release_notifications(ids bigint[]) returns void
language sql volatile security definer set search_path = ''
as $$ update public.notifications set sent_at = null where id = any(ids) $$;

revoke all on function public.queue_due_reminders(), public.claim_notifications(integer), public.release_notifications(bigint[])
  from public, anon, authenticated;
grant execute on function public.queue_due_reminders(), public.claim_notifications(integer), public.release_notifications(bigint[])
  to service_role;
