-- ───────────────────────── evaluation: what the health centres report ─────────────────────────
--
-- Per program, for one municipality and one calendar year (its cohorts starting that year): how
-- many enrolled, completed, are under way or dropped out and in which module, webinar seats and
-- attendance, and how the team answered its citizens' messages. Aggregates only, so no audit row
-- per citizen: no citizen is shown, and no group smaller than 5 is either.
--
-- Why whole calendar years only: suppression protects the figures of one request, not the
-- difference between two. With free from/until dates, two nested or overlapping periods (cohorts
-- from 1 March, and from 2 March) differ by one cohort or one citizen, and subtracting the shown
-- figures gives back what was suppressed. Calendar years never nest or overlap, so each cohort is
-- counted in exactly one period. A known limit remains: the figures of one year can change
-- between two days (a citizen drops out, completes, leaves or erases their account), and
-- comparing the same year's evaluation on two days can show what changed for very few people.
--
-- Definitions:
-- - enrolled: enrolments in the cohorts, current ones and those that ended (a citizen who left,
--   was taken off, or erased their account is still counted, anonymously: cohort_departures);
-- - completed: every lesson of the program completed (the program is what the centre offers;
--   a partly read program is not completed), at the time of leaving for those who left;
-- - dropped out: left without completing, or still enrolled, not completed and at risk by
--   inactivity (the dashboard's rule, with each cohort's team's setting); in_progress: the rest;
-- - where: the module of the program in which a dropped-out citizen was last active (their
--   latest lesson progress); none if they never began a lesson;
-- - webinar seats: seats held at the cohorts' own webinars that were held and have begun (the
--   dashboard's rule, private.webinar_counts: a cancelled webinar has no seats); attended, absent
--   and unmarked as the team marked them (registrations.attended). The team's open webinars belong
--   to no program, so they are not counted here (the dashboard shows them per citizen);
-- - citizen messages: in the care threads between the cohorts' current citizens and the cohort's
--   team, each first citizen message after a staff message (or the first of the thread), answered
--   when a staff message follows; the answer time runs from it to the first staff message after it.
--
-- Small groups. Each figure belongs to a table whose parts add up to its total: enrolled =
-- completed + in_progress + dropped_out; dropped_out = the sum over modules (and "none"); webinar
-- seats = attended + absent + unmarked; citizen messages = answered + unanswered. In each:
-- 1. any count from 1 to 4 is suppressed (null, suppressed = true); 0 is shown;
-- 2. if exactly one part is suppressed and the total is shown, the smallest other non-zero part is
--    suppressed too (or, if there is none, the total), so no subtraction gives it back;
-- 3. if a total is suppressed (as a part of the table above it, too) and no part is, the smallest
--    non-zero part is suppressed, so the parts do not add up to it;
-- 4. message figures, and the median answer time, are suppressed when 1 to 4 citizens wrote them;
--    the median also when the count of answered messages is. Likewise the whole webinar table when
--    its seats were held by 1 to 4 citizens (one citizen with six seats is still one person).
-- Who reads it: professionals of teams serving the municipality, and its administrators.

-- ───────────────────────── departures, kept anonymously ─────────────────────────

create table public.cohort_departures (
  id bigint generated always as identity primary key,
  cohort_id uuid not null references public.cohorts (id) on delete cascade,
  enrolled_at timestamptz not null,
  left_at timestamptz not null default now(),
  completed boolean not null,
  -- The module of the program in which they were last active; null if they began no lesson.
  last_module public.slug
);
comment on table public.cohort_departures is
  'Enrolments that ended (left, taken off, account erased), without the citizen: for the evaluation''s counts.';
create index cohort_departures_cohort on public.cohort_departures (cohort_id);
alter table public.cohort_departures enable row level security;
-- No policy and no grant: read only through program_evaluation, as counts.

-- The first module of the program (by position) that has the lesson.
create function private.module_of(program text, lesson text) returns public.slug
language sql stable security definer set search_path = ''
as $$
  select pm.module from public.program_modules pm join public.module_lessons ml on ml.module = pm.module
  where pm.program = module_of.program and ml.lesson_id = lesson
  order by pm.position, pm.module
  limit 1
$$;

-- Before an enrolment goes, its outcome is kept. When a cohort goes, its departures go with it
-- (cohort_members finds no cohort then); when a citizen erases their account, record_departures_of
-- has kept theirs already (cohort_members finds no profile by the time the enrolments go).
create function private.record_departure() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  insert into public.cohort_departures (cohort_id, enrolled_at, completed, last_module)
  select old.cohort_id, m.enrolled_at, m.completed, private.module_of(c.program, m.last_lesson)
  from private.cohort_members(old.cohort_id) m join public.cohorts c on c.id = old.cohort_id
  where m.citizen_id = old.citizen_id;
  return old;
end;
$$;
create trigger record_departure before delete on public.enrollments
for each row execute function private.record_departure();

create function private.record_departures_of() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  insert into public.cohort_departures (cohort_id, enrolled_at, completed, last_module)
  select e.cohort_id, m.enrolled_at, m.completed, private.module_of(c.program, m.last_lesson)
  from public.enrollments e
  join public.cohorts c on c.id = e.cohort_id
  cross join lateral private.cohort_members(e.cohort_id) m
  where e.citizen_id = old.id and m.citizen_id = old.id;
  return old;
end;
$$;
create trigger record_departures_of before delete on public.profiles
for each row execute function private.record_departures_of();

-- ───────────────────────── the rule for small groups ─────────────────────────

-- Which cells of a table to suppress: [the total, then each part], by rules 1–3 above.
-- `total_hidden`: the total is already suppressed in the table above this one.
create function private.hidden_cells(total integer, parts integer[], total_hidden boolean default false)
returns boolean[]
language plpgsql immutable set search_path = ''
as $$
declare
  hide_total boolean := total_hidden or total between 1 and 4;
  hide boolean[] := array(select coalesce(part between 1 and 4, false) from unnest(parts) with ordinality p(part, n) order by n);
  hidden integer := (select count(*) from unnest(hide) h where h);
  smallest integer;
begin
  if (not hide_total and hidden = 1) or (hide_total and hidden = 0) then
    select p.n into smallest from unnest(parts) with ordinality p(part, n)
    where p.part > 0 and not hide[p.n::integer]
    order by p.part, p.n
    limit 1;
    if smallest is not null then
      hide[smallest] := true;
    elsif not hide_total then
      hide_total := true;
    end if;
  end if;
  return array[hide_total] || hide;
end;
$$;

-- ───────────────────────── what is counted ─────────────────────────

create type public.evaluation_measure as enum (
  'enrolled',
  'completed',
  'in_progress',
  'dropped_out',
  'dropped_out_in_module',
  'webinar_seats',
  'webinar_attended',
  'webinar_absent',
  'webinar_unmarked',
  'citizen_messages',
  'messages_answered',
  'messages_unanswered',
  'median_answer_hours'
);

-- The cohorts of a program in a municipality starting in a calendar year.
create function private.evaluation_cohorts(place text, program text, year integer)
returns setof public.cohorts
language sql stable security definer set search_path = ''
as $$
  select * from public.cohorts c
  where c.municipality = place and c.program = evaluation_cohorts.program
    and c.starts_on >= make_date(year, 1, 1) and c.starts_on < make_date(year + 1, 1, 1)
$$;

-- One row per enrolment, current or ended: completed, dropped out, and where they were last active.
create function private.evaluation_people(place text, program text, year integer)
returns table (completed boolean, dropped_out boolean, module public.slug)
language sql stable security definer set search_path = ''
as $$
  select m.completed, not m.completed and 'inactive' = any(m.risk_reasons), private.module_of(c.program, m.last_lesson)
  from private.evaluation_cohorts(place, program, year) c
  cross join lateral private.cohort_members(c.id) m
  union all
  select d.completed, not d.completed, d.last_module
  from private.evaluation_cohorts(place, program, year) c
  join public.cohort_departures d on d.cohort_id = c.id
$$;

-- Each citizen message that opens a wait for the team (the thread's first, or the first after a
-- staff message), with the first staff message after it.
create function private.evaluation_questions(place text, program text, year integer)
returns table (citizen_id uuid, asked_at timestamptz, answered_at timestamptz)
language sql stable security definer set search_path = ''
as $$
  with threads as (
    select distinct t.id, t.citizen_id
    from private.evaluation_cohorts(place, program, year) c
    join public.enrollments e on e.cohort_id = c.id
    join public.threads t on t.kind = 'care' and t.citizen_id = e.citizen_id and t.team_id = c.team_id
  )
  select th.citizen_id, q.created_at,
    (
      select min(a.created_at) from public.messages a
      where a.thread_id = th.id and a.id > q.id and a.sender_id is distinct from th.citizen_id
    )
  from threads th
  join public.messages q on q.thread_id = th.id and q.sender_id = th.citizen_id
  where (
    select before.sender_id from public.messages before
    where before.thread_id = th.id and before.id < q.id
    order by before.id desc
    limit 1
  ) is distinct from th.citizen_id
$$;

-- Professionals of a team serving the municipality, and its administrators.
create function private.may_evaluate(place text) returns boolean
language sql stable security definer set search_path = ''
as $$
  select private.administers(place) or exists (
    select 1 from public.team_members m
    join public.team_municipalities tm on tm.team_id = m.team_id
    join public.profiles p on p.id = m.profile_id
    where m.profile_id = (select auth.uid()) and p.role = 'professional' and tm.municipality = place
  )
$$;

-- ───────────────────────── the evaluation ─────────────────────────

create function public.program_evaluation(municipality text, year integer)
returns table (
  program public.slug,
  measure public.evaluation_measure,
  -- For dropped_out_in_module: the module (null: no lesson begun). Otherwise null.
  module public.slug,
  value numeric,
  suppressed boolean
)
language plpgsql stable security definer set search_path = ''
as $$
declare
  place text := program_evaluation.municipality;
  one record;
  enrolled integer;
  completed integer;
  dropped integer;
  outcome boolean[];
  modules text[];
  counts integer[];
  seats integer[];
  seat_holders integer;
  talk record;
  talk_hidden boolean[];
begin
  perform private.signed_in();
  if place is null or place !~ '^[a-z0-9]+(-[a-z0-9]+)*$' then
    raise exception 'municipality must be a municipality''s slug, such as kolding.' using errcode = '22023';
  end if;
  if year is null or year not between 2000 and 2100 then
    raise exception 'year must be a calendar year from 2000 to 2100.' using errcode = '22023';
  end if;
  if not private.may_evaluate(place) then
    raise exception 'Only staff of teams serving % and its administrators see its evaluation.', place
      using errcode = '42501';
  end if;

  for one in
    select distinct c.program as slug from public.cohorts c
    where c.municipality = place and c.starts_on >= make_date(year, 1, 1) and c.starts_on < make_date(year + 1, 1, 1)
    order by 1
  loop
    -- Enrolled = completed + in progress + dropped out.
    select count(*)::integer, count(*) filter (where p.completed)::integer, count(*) filter (where p.dropped_out)::integer
    into enrolled, completed, dropped
    from private.evaluation_people(place, one.slug, year) p;
    counts := array[enrolled, completed, enrolled - completed - dropped, dropped];
    outcome := private.hidden_cells(counts[1], counts[2:]);
    return query
    select one.slug, x.measure, null::public.slug, case when x.hide then null else x.n end::numeric, x.hide
    from unnest(
      array['enrolled', 'completed', 'in_progress', 'dropped_out']::public.evaluation_measure[], counts, outcome
    ) x(measure, n, hide);

    -- Dropped out = the sum over the program's modules, and "no lesson begun" (last).
    select array_agg(m.module order by m.ord, m.module), array_agg(coalesce(d.n, 0) order by m.ord, m.module)
    into modules, counts
    from (
      select pm.module::text as module, pm.position as ord from public.program_modules pm where pm.program = one.slug
      union all
      select null, 2147483647
    ) m
    left join (
      select p.module::text as module, count(*)::integer as n
      from private.evaluation_people(place, one.slug, year) p
      where p.dropped_out
      group by p.module
    ) d on d.module is not distinct from m.module;
    outcome := private.hidden_cells(dropped, counts, outcome[4]);
    return query
    select one.slug, 'dropped_out_in_module'::public.evaluation_measure, x.module::public.slug,
      case when x.hide then null else x.n end::numeric, x.hide
    from unnest(modules, counts, outcome[2:]) x(module, n, hide);

    -- Webinar seats = attended + absent + unmarked.
    -- Seats held by 1 to 4 citizens: the whole table is suppressed, however many seats.
    select array[count(*), count(*) filter (where r.attended), count(*) filter (where not r.attended),
      count(*) filter (where r.attended is null)]::integer[], count(distinct r.citizen_id)::integer
    into seats, seat_holders
    from private.evaluation_cohorts(place, one.slug, year) c
    join public.webinar_sessions w on w.cohort_id = c.id
    join public.registrations r on r.session_id = w.id
    where r.status = 'registered' and private.webinar_counts(w.id);
    outcome := case
      when seat_holders between 1 and 4 then array[true, true, true, true]
      else private.hidden_cells(seats[1], seats[2:])
    end;
    return query
    select one.slug, x.measure, null::public.slug, case when x.hide then null else x.n end::numeric, x.hide
    from unnest(
      array['webinar_seats', 'webinar_attended', 'webinar_absent', 'webinar_unmarked']::public.evaluation_measure[],
      seats, outcome
    ) x(measure, n, hide);

    -- Citizen messages = answered + unanswered; the median answer time of the answered ones.
    select count(*)::integer as asked, count(q.answered_at)::integer as answered,
      count(distinct q.citizen_id)::integer as writers,
      round((percentile_cont(0.5) within group (order by extract(epoch from q.answered_at - q.asked_at) / 3600))::numeric, 1)
        as median_hours
    into talk
    from private.evaluation_questions(place, one.slug, year) q;
    counts := array[talk.asked, talk.answered, talk.asked - talk.answered];
    talk_hidden := case
      when talk.writers between 1 and 4 then array[true, true, true]
      else private.hidden_cells(counts[1], counts[2:])
    end;
    return query
    select one.slug, x.measure, null::public.slug, case when x.hide then null else x.n end::numeric, x.hide
    from unnest(
      array['citizen_messages', 'messages_answered', 'messages_unanswered']::public.evaluation_measure[],
      counts, talk_hidden
    ) x(measure, n, hide);
    return query
    select one.slug, 'median_answer_hours'::public.evaluation_measure, null::public.slug,
      case when talk_hidden[2] then null else talk.median_hours end, talk_hidden[2];
  end loop;
end;
$$;

-- ───────────────────────── privileges ─────────────────────────

revoke all on function private.module_of(text, text), private.record_departure(), private.record_departures_of(),
  private.hidden_cells(integer, integer[], boolean), private.evaluation_cohorts(text, text, integer),
  private.evaluation_people(text, text, integer), private.evaluation_questions(text, text, integer),
  private.may_evaluate(text)
from public;
revoke all on function public.program_evaluation(text, integer) from public, anon;
grant execute on function public.program_evaluation(text, integer) to authenticated;
