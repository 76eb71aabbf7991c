-- ───────────────────────── what was cancelled for me ─────────────────────────
--
-- A cancellation notice says only that something was cancelled and links to the page (no title,
-- no time: see functions/lib/notices.ts). A cancelled webinar is gone from webinars_for_me and a
-- cancelled booking from my_appointments, so the page needs one more answer: what the team
-- cancelled for the reader, not yet past. A booking now records when, and by whom, it was
-- cancelled (kept for evaluation, like a webinar's cancelled_at); a citizen's own cancellation is
-- not listed back to them.

alter table public.appointments
  add column cancelled_at timestamptz,
  add column cancelled_by uuid references public.profiles (id) on delete set null;
comment on column public.appointments.cancelled_at is 'When the booking was cancelled; null while booked.';
comment on column public.appointments.cancelled_by is
  'Who cancelled: the citizen, the professional or a colleague; null when unknown or their account is gone.';

-- Whoever cancels, the database records it (the functions that cancel need not remember to).
create function private.record_appointment_cancelled() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  new.cancelled_at := now();
  new.cancelled_by := (select auth.uid());
  return new;
end;
$$;
create trigger record_appointment_cancelled before update of status on public.appointments
for each row when (old.status = 'booked' and new.status = 'cancelled')
execute function private.record_appointment_cancelled();

-- The reader's webinars (registered or waiting when cancelled) and booked sessions that someone
-- else cancelled, not over by `since`, soonest first. kind is 'webinar', 'start' or 'end'; title is
-- the webinar's, null for sessions.
create function public.cancelled_for_me(since timestamptz default now())
returns table (kind text, id uuid, title text, starts_at timestamptz, ends_at timestamptz, cancelled_at timestamptz)
language sql stable security definer set search_path = ''
as $$
  select 'webinar'::text, s.id, s.title, s.starts_at, s.ends_at, s.cancelled_at
  from public.registrations r join public.webinar_sessions s on s.id = r.session_id
  where r.citizen_id = (select auth.uid()) and r.status in ('registered', 'waiting')
    and not private.webinar_is_on(s.id) and s.ends_at > since
  union all
  select sl.kind::text, a.id, null::text, a.starts_at, a.ends_at, a.cancelled_at
  from public.appointments a join public.appointment_slots sl on sl.id = a.slot_id
  where a.citizen_id = (select auth.uid()) and a.status = 'cancelled' and a.cancelled_at is not null
    and a.cancelled_by is distinct from a.citizen_id and a.ends_at > since
  order by 4, 2
$$;
comment on function public.cancelled_for_me(timestamptz) is
  'The caller''s webinars and booked sessions that the team cancelled, not yet past, soonest first.';

revoke all on function private.record_appointment_cancelled() from public;
revoke all on function public.cancelled_for_me(timestamptz) from public, anon;
grant execute on function public.cancelled_for_me(timestamptz) to authenticated;
