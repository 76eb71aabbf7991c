-- ───────────────────────── webinars as citizens see them ─────────────────────────
--
-- The citizens' webinar page (issue 14) shows each webinar open to the reader with who runs it (by
-- name and professional title), the seats left, and the reader's own registration and place on the
-- waitlist. Seats and places count other people's registrations, which no citizen may read, so one
-- function answers with counts only. The meeting link is given to registered citizens from 15
-- minutes before the start (the row-level security of session_links), not weeks ahead, where it
-- could be passed on.

-- A professional's title as citizens see it (nurse, dietician, physiotherapist). Set by
-- administrators, like the role: people change only their display name.
alter table public.profiles
  add column job_title text check (job_title is null or length(trim(job_title)) between 1 and 60);
comment on column public.profiles.job_title is 'A professional''s title shown to citizens, e.g. Sygeplejerske.';

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
  my_place integer
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
    )::integer end
  from public.webinar_sessions s
  left join public.registrations mine on mine.session_id = s.id and mine.citizen_id = (select auth.uid())
  where s.ends_at > since and private.can_see_session(s.id)
  order by s.starts_at, s.title, s.id
$$;
comment on function public.webinars_for_me(timestamptz) is
  'Webinars open to the caller, not yet over, with seats left, facilitators, and the caller''s registration and waitlist place.';
revoke all on function public.webinars_for_me(timestamptz) from public;
grant execute on function public.webinars_for_me(timestamptz) to anon, authenticated;

-- The link from 15 minutes before the start until the end, for registered citizens; the team always.
create function private.link_is_open(session uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.webinar_sessions s
    where s.id = session and now() between s.starts_at - interval '15 minutes' and s.ends_at
  )
$$;
revoke all on function private.link_is_open(uuid) from public;
grant execute on function private.link_is_open(uuid) to authenticated;

drop policy "The meeting link is for registered citizens and the team" on public.session_links;
create policy "The meeting link is for registered citizens shortly before, and the team" on public.session_links
for select to authenticated using (
  (private.is_registered(session_id) and private.link_is_open(session_id)) or private.runs_session(session_id)
);
