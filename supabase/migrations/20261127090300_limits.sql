-- Per-person limits, so one account cannot flood a team's inbox, a chat or a webinar's seats.
-- Checked by triggers on the tables themselves, so every way in (today's functions and any later
-- one) meets them. Refusals carry SQLSTATE PT429, which PostgREST answers as HTTP 429; the
-- adapters call it "too-many". Each check first locks the person's profile row (no key update:
-- foreign-key checks are not blocked), so parallel requests from one account are counted one by
-- one and cannot slip past together.

-- What the checks count, per person, without reading whole tables.
create index threads_citizen on public.threads (citizen_id, created_at) where kind = 'care';
create index messages_sender on public.messages (sender_id, created_at);
create index registrations_citizen on public.registrations (citizen_id) where status in ('registered', 'waiting');

create function private.refuse_beyond(used bigint, allowed integer, what text) returns void
language plpgsql stable set search_path = ''
as $$
begin
  if used >= allowed then
    raise exception 'Too many %: at most % allowed. Try again later.', what, allowed
      using errcode = 'PT429', hint = 'The limit protects the team and other citizens; it resets over time.';
  end if;
end;
$$;

create function private.lock_person(person uuid) returns void
language sql volatile security definer set search_path = ''
as $$ select 1 from public.profiles where id = person for no key update $$;

-- A citizen opens at most 5 care threads a day, and has at most 20 not yet closed.
create function private.limit_care_threads() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  perform private.lock_person(new.citizen_id);
  perform private.refuse_beyond(
    (select count(*) from public.threads
     where citizen_id = new.citizen_id and kind = 'care' and created_at > now() - interval '1 day'),
    5, 'new conversations today');
  perform private.refuse_beyond(
    (select count(*) from public.threads t join public.inbox_state s on s.thread_id = t.id
     where t.citizen_id = new.citizen_id and t.kind = 'care' and s.status <> 'closed'),
    20, 'open conversations');
  return new;
end;
$$;
create trigger limit_care_threads before insert on public.threads
for each row when (new.kind = 'care') execute function private.limit_care_threads();

-- Anyone sends at most 20 messages a minute and 500 a day (a busy professional answers far fewer).
create function private.limit_messages() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  perform private.lock_person(new.sender_id);
  perform private.refuse_beyond(
    (select count(*) from public.messages where sender_id = new.sender_id and created_at > now() - interval '1 minute'),
    20, 'messages this minute');
  perform private.refuse_beyond(
    (select count(*) from public.messages where sender_id = new.sender_id and created_at > now() - interval '1 day'),
    500, 'messages today');
  return new;
end;
$$;
create trigger limit_messages before insert on public.messages
for each row when (new.sender_id is not null) execute function private.limit_messages();

-- A citizen holds at most 10 seats or waitlist places in webinars that have not started.
create function private.limit_registrations() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  perform private.lock_person(new.citizen_id);
  perform private.refuse_beyond(
    (select count(*) from public.registrations r join public.webinar_sessions s on s.id = r.session_id
     where r.citizen_id = new.citizen_id and r.status in ('registered', 'waiting') and s.starts_at > now()
       and r.session_id <> new.session_id),
    10, 'webinar registrations');
  return new;
end;
$$;
create trigger limit_registrations_insert before insert on public.registrations
for each row when (new.status in ('registered', 'waiting')) execute function private.limit_registrations();
create trigger limit_registrations_renewed before update of status on public.registrations
for each row when (old.status = 'cancelled' and new.status in ('registered', 'waiting'))
execute function private.limit_registrations();

revoke all on function private.refuse_beyond(bigint, integer, text), private.lock_person(uuid),
  private.limit_care_threads(), private.limit_messages(), private.limit_registrations() from public;
