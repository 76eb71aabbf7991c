-- ───────────────────────── start- and end-sessions as citizens see them ─────────────────────────
--
-- The citizens' sessions page (issue 14): the free times of the teams that serve the reader, with
-- who they would meet (name and title), and the reader's own bookings with the last moment they may
-- cancel. Each team sets how long before a session citizens may still cancel it themselves; after
-- that they call the team (a professional may always cancel).

alter table public.teams
  add column cancel_cutoff_hours integer not null default 24 check (cancel_cutoff_hours between 0 and 168);
comment on column public.teams.cancel_cutoff_hours is
  'Citizens may cancel a booked session themselves until this many hours before it starts.';

create function public.free_slots_for_me(since timestamptz default now())
returns table (
  id uuid, kind public.appointment_kind, starts_at timestamptz, ends_at timestamptz,
  professional_name text, professional_title text
)
language sql stable security definer set search_path = ''
as $$
  select s.id, s.kind, s.starts_at, s.ends_at, p.display_name, p.job_title
  from public.appointment_slots s
  join public.profiles p on p.id = s.professional_id
  where s.starts_at > since
    and private.serves_me(s.team_id)
    and not exists (select 1 from public.appointments a where a.slot_id = s.id and a.status = 'booked')
  order by s.starts_at, p.display_name, s.id
$$;
comment on function public.free_slots_for_me(timestamptz) is
  'Free start- and end-session times of the teams serving the caller, soonest first.';

create function public.my_appointments(since timestamptz default now())
returns table (
  id uuid, slot_id uuid, kind public.appointment_kind, starts_at timestamptz, ends_at timestamptz,
  professional_name text, professional_title text, cancel_until timestamptz
)
language sql stable security definer set search_path = ''
as $$
  select a.id, a.slot_id, s.kind, a.starts_at, a.ends_at, p.display_name, p.job_title,
    a.starts_at - make_interval(hours => t.cancel_cutoff_hours)
  from public.appointments a
  join public.appointment_slots s on s.id = a.slot_id
  join public.teams t on t.id = s.team_id
  join public.profiles p on p.id = a.professional_id
  where a.citizen_id = (select auth.uid()) and a.status = 'booked' and a.ends_at > since
  order by a.starts_at
$$;
comment on function public.my_appointments(timestamptz) is
  'The caller''s booked sessions not yet over, with the last moment they may cancel them themselves.';

revoke all on function public.free_slots_for_me(timestamptz), public.my_appointments(timestamptz) from public, anon;
grant execute on function public.free_slots_for_me(timestamptz), public.my_appointments(timestamptz) to authenticated;

-- Cancelling: the citizen until the team's cut-off, the professional always; the slot is free again.
create or replace function public.cancel_appointment(appointment uuid) returns void
language plpgsql volatile security definer set search_path = ''
as $$
declare
  me uuid := private.signed_in();
  booked public.appointments;
  cutoff integer;
begin
  if appointment is null then
    raise exception 'appointment is required.' using errcode = '22023';
  end if;
  select a.* into booked from public.appointments a where a.id = appointment and me in (a.citizen_id, a.professional_id)
  for update;
  if not found then
    raise exception 'No such appointment.' using errcode = 'P0002';
  end if;
  if booked.status = 'cancelled' then
    return;
  end if;
  select t.cancel_cutoff_hours into cutoff
  from public.appointment_slots s join public.teams t on t.id = s.team_id where s.id = booked.slot_id;
  if me = booked.citizen_id and me <> booked.professional_id
     and now() > booked.starts_at - make_interval(hours => coalesce(cutoff, 24)) then
    raise exception 'Too late to cancel here: the team must be told.' using errcode = '22023',
      hint = 'too-late';
  end if;
  update public.appointments set status = 'cancelled' where id = appointment;
end;
$$;

-- The video link of a booked session reaches the citizen from 15 minutes before it starts until it
-- ends, as a webinar's meeting link does; the team always.
create function private.slot_link_is_open(slot uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.appointment_slots s
    where s.id = slot and now() between s.starts_at - interval '15 minutes' and s.ends_at
  )
$$;
revoke all on function private.slot_link_is_open(uuid) from public;
grant execute on function private.slot_link_is_open(uuid) to authenticated;

drop policy "The video link is for the team and the citizen who booked" on public.slot_links;
create policy "The video link is for the team, and for the citizen who booked shortly before" on public.slot_links
for select to authenticated using (
  private.runs_slot(slot_id)
  or (
    private.slot_link_is_open(slot_id)
    and exists (
      select 1 from public.appointments a
      where a.slot_id = slot_links.slot_id and a.status = 'booked' and a.citizen_id = (select auth.uid())
    )
  )
);
