-- A lesson may sit in several modules and several programs (a shared lesson on blood pressure in
-- both the heart and the diabetes program). The catalogue was one program per lesson, so seeding
-- such content failed ("ON CONFLICT DO UPDATE command cannot affect row a second time"). Progress
-- stays per lesson: a lesson read in one program counts in every program that has it.

create table public.program_lessons (
  program public.slug not null,
  lesson_id public.slug not null references public.lessons (id) on delete cascade,
  primary key (program, lesson_id)
);
comment on table public.program_lessons is 'Which published lessons each program has (from content/).';
create index program_lessons_lesson on public.program_lessons (lesson_id);

insert into public.program_lessons (program, lesson_id) select program, id from public.lessons;
alter table public.lessons drop column program;

alter table public.program_lessons enable row level security;
grant select on public.program_lessons to anon, authenticated;
create policy "The program catalogue is public" on public.program_lessons
for select to anon, authenticated using (true);

create or replace function public.cohort_overview(cohort uuid)
returns table (
  citizen_id uuid,
  display_name text,
  lessons_done integer,
  lessons_total integer,
  last_activity timestamptz,
  at_risk boolean
)
language plpgsql volatile security definer set search_path = ''
as $$
declare
  me uuid := private.signed_in();
  run public.cohorts;
begin
  select * into run from public.cohorts c where c.id = cohort;
  if not found or not private.runs_team(run.team_id) then
    raise exception 'No such cohort in your teams.' using errcode = 'P0002';
  end if;
  -- Staff reading a citizen's progress is logged, one row per citizen shown.
  insert into public.audit_log (actor_id, subject_id, action, detail)
  select me, e.citizen_id, 'cohort_overview', jsonb_build_object('cohort', cohort)
  from public.enrollments e where e.cohort_id = cohort;

  return query
  with lessons as (select pl.lesson_id as id from public.program_lessons pl where pl.program = run.program),
  per_citizen as (
    select e.citizen_id,
      count(p.lesson_id) filter (where p.status = 'completed')::integer as done,
      max(p.updated_at) as last_seen
    from public.enrollments e
    left join public.progress p on p.user_id = e.citizen_id and p.lesson_id in (select id from lessons)
    where e.cohort_id = cohort
    group by e.citizen_id
  )
  select pc.citizen_id, pr.display_name, pc.done, (select count(*)::integer from lessons), pc.last_seen,
    run.starts_on <= current_date
      and pc.done < (select count(*) from lessons)
      and coalesce(pc.last_seen, run.starts_on::timestamptz) < now() - private.stalled_after()
  from per_citizen pc join public.profiles pr on pr.id = pc.citizen_id
  order by pr.display_name, pc.citizen_id;
end;
$$;
