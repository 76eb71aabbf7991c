-- Which citizens a team may reach, and who decides that a citizen joins a cohort.
--
-- A team serves named municipalities: its cohorts, its slots and the open webinars citizens may
-- register for exist only for those. The administrators of the served municipality open it to a
-- team (the municipality whose citizens' data is at stake is the one that agrees), and either side
-- may end it. Joining a cohort is the citizen's own choice: an invitation they accept, or the
-- cohort's join code. Until then the team sees nothing of them. Staff no longer enrol anyone: a
-- team that could enrol a citizen by id could read that citizen's progress without asking them,
-- and a refused guess told them where the citizen lives.

-- ───────────────────────── served municipalities ─────────────────────────

create table public.team_municipalities (
  team_id uuid not null references public.teams (id) on delete cascade,
  municipality public.slug not null,
  primary key (team_id, municipality)
);
comment on table public.team_municipalities is
  'The municipalities a team serves. Opened by the served municipality''s administrators.';
create index team_municipalities_municipality on public.team_municipalities (municipality);

-- A team always serves the municipality it belongs to.
insert into public.team_municipalities (team_id, municipality) select id, municipality from public.teams;

create function private.serve_own_municipality() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  insert into public.team_municipalities (team_id, municipality) values (new.id, new.municipality)
  on conflict do nothing;
  return new;
end;
$$;

create trigger serve_own_municipality after insert or update of municipality on public.teams
for each row execute function private.serve_own_municipality();

create function private.team_serves(team uuid, place text) returns boolean
language sql stable security definer set search_path = ''
as $$ select exists (select 1 from public.team_municipalities where team_id = team and municipality = place) $$;

-- The signed-in citizen lives in a municipality the team serves.
create function private.serves_me(team uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.profiles p
    join public.team_municipalities tm on tm.municipality = p.municipality
    where p.id = (select auth.uid()) and p.role = 'citizen' and tm.team_id = team
  )
$$;

alter table public.team_municipalities enable row level security;
grant select, insert, delete on public.team_municipalities to authenticated;

create policy "Teams and the served municipality's administrators see what a team serves" on public.team_municipalities
for select to authenticated using (private.runs_team(team_id) or private.administers(municipality));
create policy "A municipality's administrators open it to a team" on public.team_municipalities
for insert to authenticated with check (private.administers(municipality));
create policy "Either municipality's administrators end the service" on public.team_municipalities
for delete to authenticated using (private.administers(municipality) or private.administers_team(team_id));

-- ───────────────────────── cohorts only where the team serves ─────────────────────────

drop policy "Teams create cohorts" on public.cohorts;
create policy "Teams create cohorts in municipalities they serve" on public.cohorts
for insert to authenticated with check (private.runs_team(team_id) and private.team_serves(team_id, municipality));

drop policy "Teams change their cohorts" on public.cohorts;
create policy "Teams change their cohorts, within municipalities they serve" on public.cohorts
for update to authenticated using (private.runs_team(team_id))
with check (private.runs_team(team_id) and private.team_serves(team_id, municipality));

-- ───────────────────────── slots for the served municipalities ─────────────────────────

drop policy "Citizens see slots offered in their municipality; teams their own" on public.appointment_slots;
create policy "Citizens see slots of teams serving them; teams their own" on public.appointment_slots
for select to authenticated using (private.runs_team(team_id) or private.serves_me(team_id));
drop function private.offers_slots_to_me(uuid);

-- ───────────────────────── joining a cohort: the citizen's choice ─────────────────────────

-- 12 characters from an alphabet without look-alikes (0/O, 1/I/L): about 60 bits, read aloud or
-- typed from a letter. Shown to the team, which hands it out; renewing it is an update of the cohort.
create function private.new_join_code() returns text
language sql volatile set search_path = ''
as $$
  select string_agg(substr('ABCDEFGHJKMNPQRSTUVWXYZ23456789', 1 + get_byte(bytes, n) % 31, 1), '' order by n)
  from (select extensions.gen_random_bytes(12) as bytes) random, generate_series(0, 11) n
$$;

alter table public.cohorts add column join_code text;
update public.cohorts set join_code = private.new_join_code();
alter table public.cohorts alter column join_code set not null;
alter table public.cohorts add constraint cohorts_join_code_unique unique (join_code);
alter table public.cohorts add constraint cohorts_join_code_form check (join_code ~ '^[A-Z2-9]{12}$');

-- Made by the database, whoever inserts the cohort (a trigger needs no grant of its own to run).
create function private.give_join_code() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  new.join_code := coalesce(new.join_code, private.new_join_code());
  return new;
end;
$$;
create trigger give_join_code before insert on public.cohorts
for each row execute function private.give_join_code();

create table public.cohort_invitations (
  id uuid primary key default gen_random_uuid(),
  cohort_id uuid not null references public.cohorts (id) on delete cascade,
  -- The address the team typed. Whether anyone has an account with it is never shown to the team.
  email text not null check (email = lower(trim(email)) and email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' and length(email) <= 254),
  invited_by uuid references public.profiles (id) on delete set null,
  invited_at timestamptz not null default now(),
  unique (cohort_id, email)
);
comment on table public.cohort_invitations is
  'A team''s invitation to a cohort, by e-mail address. The citizen with that address accepts or declines.';

-- The signed-in person's e-mail address, from the login itself (never from the request).
create function private.my_email() returns text
language sql stable security definer set search_path = ''
as $$ select lower(email) from auth.users where id = (select auth.uid()) $$;

alter table public.cohort_invitations enable row level security;
grant select, delete on public.cohort_invitations to authenticated;
grant insert (cohort_id, email) on public.cohort_invitations to authenticated;

create policy "The team sees its invitations; a citizen the ones to their address" on public.cohort_invitations
for select to authenticated using (private.runs_cohort(cohort_id) or email = private.my_email());
create policy "Teams invite to their cohorts" on public.cohort_invitations
for insert to authenticated with check (private.runs_cohort(cohort_id));
create policy "The team withdraws an invitation; the citizen declines it" on public.cohort_invitations
for delete to authenticated using (private.runs_cohort(cohort_id) or email = private.my_email());

-- Who invited is recorded by the database, not the request.
create function private.record_inviter() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  new.invited_by := (select auth.uid());
  new.invited_at := now();
  return new;
end;
$$;
create trigger record_inviter before insert on public.cohort_invitations
for each row execute function private.record_inviter();

-- Staff no longer enrol; the citizen joins, and may leave.
revoke insert on public.enrollments from authenticated;
drop policy "Teams enroll citizens of the cohort's municipality" on public.enrollments;
drop policy "Teams unenroll citizens" on public.enrollments;
create policy "Citizens leave a cohort; teams take a citizen off it" on public.enrollments
for delete to authenticated using ((select auth.uid()) = citizen_id or private.runs_cohort(cohort_id));

create function private.join(cohort public.cohorts, citizen uuid) returns uuid
language plpgsql volatile security definer set search_path = ''
as $$
begin
  if not exists (select 1 from public.profiles where id = citizen and municipality = cohort.municipality) then
    raise exception 'This cohort is for citizens of %; your profile says otherwise.', cohort.municipality
      using errcode = '42501';
  end if;
  insert into public.enrollments (cohort_id, citizen_id) values (cohort.id, citizen) on conflict do nothing;
  delete from public.cohort_invitations i
  where i.cohort_id = cohort.id and i.email = (select lower(email) from auth.users where id = citizen);
  return cohort.id;
end;
$$;

create function public.accept_cohort_invitation(invitation uuid) returns uuid
language plpgsql volatile security definer set search_path = ''
as $$
declare
  me uuid := private.signed_in_citizen();
  invited public.cohorts;
begin
  select c.* into invited from public.cohort_invitations i join public.cohorts c on c.id = i.cohort_id
  where i.id = invitation and i.email = private.my_email();
  if not found then
    raise exception 'No such invitation.' using errcode = 'P0002';
  end if;
  return private.join(invited, me);
end;
$$;

create function public.join_cohort(code text) returns uuid
language plpgsql volatile security definer set search_path = ''
as $$
declare
  me uuid := private.signed_in_citizen();
  found_cohort public.cohorts;
begin
  -- Spaces and dashes as printed in a letter, any case.
  select * into found_cohort from public.cohorts
  where join_code = upper(regexp_replace(coalesce(code, ''), '[\s-]', '', 'g'));
  if not found then
    raise exception 'No cohort has that code.' using errcode = 'P0002';
  end if;
  return private.join(found_cohort, me);
end;
$$;

-- ───────────────────────── functions that reach citizens ─────────────────────────

-- Open webinars are listed publicly, but only citizens of municipalities the team serves register.
create or replace function public.register_for_session(webinar uuid) returns public.registration_status
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
  if session.cohort_id is null and not private.serves_me(session.team_id) then
    raise exception 'This webinar is for citizens of the municipalities its team serves.' using errcode = '42501';
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

create or replace function public.book_appointment(slot uuid) returns uuid
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
  select s.* into offered from public.appointment_slots s where s.id = slot and private.serves_me(s.team_id)
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

-- A citizen writes to a team that serves them, or that runs one of their cohorts.
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
  if team is null or not (
    private.serves_me(team)
    or exists (
      select 1 from public.cohorts c join public.enrollments e on e.cohort_id = c.id
      where c.team_id = team and e.citizen_id = me
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

-- ───────────────────────── privileges ─────────────────────────

revoke all on function private.serve_own_municipality(), private.team_serves(uuid, text), private.serves_me(uuid),
  private.new_join_code(), private.give_join_code(), private.my_email(), private.record_inviter(),
  private.join(public.cohorts, uuid)
from public;
grant execute on function private.team_serves(uuid, text), private.serves_me(uuid), private.my_email() to authenticated;
revoke all on function public.accept_cohort_invitation(uuid), public.join_cohort(text) from public, anon;
grant execute on function public.accept_cohort_invitation(uuid), public.join_cohort(text) to authenticated;
