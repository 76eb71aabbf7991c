-- ───────────────────────── the modules of each program ─────────────────────────
--
-- A program is a sequence of modules, and a module a list of lessons (content/ holds both). The
-- cohort dashboard shows how many of a cohort's citizens have completed each module, and the
-- evaluation says in which module those who stopped were last active: so the database learns the
-- modules from the same export that fills `program_lessons` (`npm run supabase:seed`). Slugs only:
-- titles are content, shown by the site in the reader's language.

create table public.program_modules (
  program public.slug not null,
  module public.slug not null,
  -- Where the module comes in the program, from 1.
  position integer not null check (position between 1 and 1000),
  primary key (program, module)
);
comment on table public.program_modules is 'The modules of each program, in order (from content/).';

create table public.module_lessons (
  module public.slug not null,
  lesson_id public.slug not null references public.lessons (id) on delete cascade,
  primary key (module, lesson_id)
);
comment on table public.module_lessons is 'The published lessons of each module (from content/).';
create index module_lessons_lesson on public.module_lessons (lesson_id);

alter table public.program_modules enable row level security;
alter table public.module_lessons enable row level security;
grant select on public.program_modules, public.module_lessons to anon, authenticated;
create policy "The program catalogue's modules are public" on public.program_modules
for select to anon, authenticated using (true);
create policy "The module catalogue is public" on public.module_lessons
for select to anon, authenticated using (true);
