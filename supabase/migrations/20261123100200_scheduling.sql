-- Webinar registration with a waitlist, and booking of start- and end-sessions. Called through
-- supabase-js `rpc`. Seats and bookings are decided with the session or slot row locked, so parallel
-- calls queue instead of overbooking; constraints in the schema are the second line.
-- Errors: 42501 not signed in or not allowed, P0002 not found, 22023 bad input, 23505 slot taken,
-- 23P01 the professional is busy then.

-- ───────────────────────── helpers ─────────────────────────

create function private.signed_in() returns uuid
language plpgsql stable security definer set search_path = ''
as $$
declare
  me uuid := (select auth.uid());
begin
  if me is null then
    raise exception 'Sign in first.' using errcode = '42501';
  end if;
  return me;
end;
$$;

create function private.signed_in_citizen() returns uuid
language plpgsql stable security definer set search_path = ''
as $$
declare
  me uuid := private.signed_in();
begin
  if not exists (select 1 from public.profiles where id = me and role = 'citizen') then
    raise exception 'Only citizens can do this.' using errcode = '42501';
  end if;
  return me;
end;
$$;

-- ───────────────────────── webinars ─────────────────────────

-- Seats go to the waitlist in order while there are seats: after a cancellation, and when a team
-- raises the capacity. The caller holds the webinar's row lock.
create function private.fill_seats(webinar uuid) returns void
language plpgsql volatile security definer set search_path = ''
as $$
declare
  free integer;
begin
  select s.capacity - (select count(*) from public.registrations r where r.session_id = s.id and r.status = 'registered')
  into free from public.webinar_sessions s where s.id = webinar;
  if coalesce(free, 0) <= 0 then
    return;
  end if;
  update public.registrations set status = 'registered'
  where (session_id, citizen_id) in (
    select session_id, citizen_id from public.registrations
    where session_id = webinar and status = 'waiting'
    order by registered_at, citizen_id
    limit free
  );
end;
$$;

create function private.fill_seats_after_capacity_change() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  perform private.fill_seats(new.id);
  return new;
end;
$$;

create trigger fill_seats_after_capacity_change after update of capacity on public.webinar_sessions
for each row when (new.capacity > old.capacity) execute function private.fill_seats_after_capacity_change();

create function public.register_for_session(webinar uuid) returns public.registration_status
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
  if not found or not (session.cohort_id is null or exists (
    select 1 from public.enrollments where cohort_id = session.cohort_id and citizen_id = me
  )) then
    raise exception 'No such webinar.' using errcode = 'P0002';
  end if;
  if session.starts_at <= now() then
    raise exception 'The webinar has started; registration is closed.' using errcode = '22023';
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

create function public.cancel_registration(webinar uuid) returns void
language plpgsql volatile security definer set search_path = ''
as $$
declare
  me uuid := private.signed_in_citizen();
  previous public.registration_status;
begin
  if webinar is null then
    raise exception 'webinar is required.' using errcode = '22023';
  end if;
  perform 1 from public.webinar_sessions where id = webinar for update;
  select status into previous from public.registrations where session_id = webinar and citizen_id = me;
  if previous is null then
    raise exception 'You are not registered for this webinar.' using errcode = 'P0002';
  end if;
  if previous = 'cancelled' then
    return;
  end if;
  update public.registrations set status = 'cancelled' where session_id = webinar and citizen_id = me;
  -- A freed seat goes to the first on the waitlist.
  perform private.fill_seats(webinar);
end;
$$;

-- ───────────────────────── appointments ─────────────────────────

create function public.book_appointment(slot uuid) returns uuid
language plpgsql volatile security definer set search_path = ''
as $$
declare
  me uuid := private.signed_in_citizen();
  offered public.appointment_slots;
  booked uuid;
begin
  if slot is null then
    raise exception 'slot is required.' using errcode = '22023';
  end if;
  select s.* into offered from public.appointment_slots s
  join public.teams t on t.id = s.team_id
  join public.profiles p on p.id = me
  where s.id = slot and t.municipality = p.municipality
  for update of s;
  if not found then
    raise exception 'No such time.' using errcode = 'P0002';
  end if;
  if offered.starts_at <= now() then
    raise exception 'This time has passed.' using errcode = '22023';
  end if;
  if exists (select 1 from public.appointments where slot_id = slot and status = 'booked') then
    raise exception 'This time has just been booked by someone else.' using errcode = '23505';
  end if;
  begin
    insert into public.appointments (slot_id, citizen_id, professional_id, starts_at, ends_at)
    values (slot, me, offered.professional_id, offered.starts_at, offered.ends_at)
    returning id into booked;
  exception when exclusion_violation then
    raise exception 'The professional already has an appointment at this time.' using errcode = '23P01';
  end;
  return booked;
end;
$$;

create function public.cancel_appointment(appointment uuid) returns void
language plpgsql volatile security definer set search_path = ''
as $$
declare
  me uuid := private.signed_in();
begin
  if appointment is null then
    raise exception 'appointment is required.' using errcode = '22023';
  end if;
  -- The citizen or the professional may cancel; the slot is free again.
  update public.appointments set status = 'cancelled'
  where id = appointment and status = 'booked' and me in (citizen_id, professional_id);
  if not found and not exists (
    select 1 from public.appointments where id = appointment and status = 'cancelled' and me in (citizen_id, professional_id)
  ) then
    raise exception 'No such appointment.' using errcode = 'P0002';
  end if;
end;
$$;

revoke all on function public.register_for_session(uuid), public.cancel_registration(uuid),
  public.book_appointment(uuid), public.cancel_appointment(uuid) from public, anon;
grant execute on function public.register_for_session(uuid), public.cancel_registration(uuid),
  public.book_appointment(uuid), public.cancel_appointment(uuid) to authenticated;
revoke all on function private.signed_in(), private.signed_in_citizen(), private.fill_seats(uuid),
  private.fill_seats_after_capacity_change() from public;
grant execute on function private.signed_in(), private.signed_in_citizen() to authenticated;
