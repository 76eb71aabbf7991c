-- ───────────────────────── who may register, and a private calendar feed ─────────────────────────
--
-- Who may register for a webinar is one rule, asked both by register_for_session (which refuses
-- everyone else) and by webinars_for_me (whose may_register lets the page offer "Tilmeld mig" only
-- where it would be accepted). Before, the page offered it to staff and to citizens the webinar's
-- team does not serve, and the database then refused them. (The calendar feed follows in this
-- migration's second section.)

-- ───────────────────────── who may register for a webinar ─────────────────────────

-- A citizen the webinar is for (a member of its cohort; for an open webinar, a citizen of a
-- municipality its team serves), until it starts. Staff do not register.
create function private.may_register(session uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.webinar_sessions s
    where s.id = session
      and s.starts_at > now()
      and private.my_role() = 'citizen'
      and case when s.cohort_id is null then private.serves_me(s.team_id) else private.is_enrolled(s.cohort_id) end
  )
$$;
comment on function private.may_register(uuid) is
  'Whether the signed-in person may register for this webinar now: a citizen it is for, before it starts.';

-- As in 20261127090000, with the rule asked of private.may_register. A webinar the caller cannot
-- see is "no such webinar"; one they see but may not join is refused as before: closed once it has
-- started, otherwise not for them.
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
  if not found or not private.can_see_session(webinar) then
    raise exception 'No such webinar.' using errcode = 'P0002';
  end if;
  if not private.may_register(webinar) then
    if session.starts_at <= now() then
      raise exception 'The webinar has started; registration is closed.' using errcode = '22023';
    end if;
    raise exception 'This webinar is for citizens of the municipalities its team serves.' using errcode = '42501';
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

-- As in 20261127170000, with may_register added (a new column: drop and create, grants again).
drop function public.webinars_for_me(timestamptz);
create function public.webinars_for_me(since timestamptz default now())
returns table (
  id uuid,
  title text,
  starts_at timestamptz,
  ends_at timestamptz,
  for_cohort boolean,
  capacity integer,
  seats_left integer,
  facilitators jsonb,
  my_status public.registration_status,
  my_place integer,
  may_register boolean
)
language sql stable security definer set search_path = ''
as $$
  select
    s.id, s.title, s.starts_at, s.ends_at, s.cohort_id is not null, s.capacity,
    greatest(s.capacity - (
      select count(*) from public.registrations r where r.session_id = s.id and r.status = 'registered'
    ), 0)::integer,
    coalesce((
      select jsonb_agg(jsonb_build_object('name', p.display_name, 'title', p.job_title) order by p.display_name)
      from public.session_facilitators f join public.profiles p on p.id = f.professional_id
      where f.session_id = s.id
    ), '[]'::jsonb),
    nullif(mine.status, 'cancelled'),
    case when mine.status = 'waiting' then (
      select count(*) from public.registrations w
      where w.session_id = s.id and w.status = 'waiting' and w.registered_at <= mine.registered_at
    )::integer end,
    private.may_register(s.id)
  from public.webinar_sessions s
  left join public.registrations mine on mine.session_id = s.id and mine.citizen_id = (select auth.uid())
  where s.ends_at > since and private.can_see_session(s.id)
  order by s.starts_at, s.title, s.id
$$;
comment on function public.webinars_for_me(timestamptz) is
  'Webinars open to the caller, not yet over, with seats left, facilitators, the caller''s registration and waitlist place, and whether the caller may register.';

revoke all on function private.may_register(uuid) from public;
revoke all on function public.webinars_for_me(timestamptz) from public;
grant execute on function public.webinars_for_me(timestamptz) to anon, authenticated;
