import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectionDir } from '@sundhed/content';

/*
 * The published lessons and the programs that have them, from content/ (Danish is always
 * complete): the database's `lessons` and `program_lessons`, so progress is recorded only for
 * lessons that exist. A lesson may sit in several modules and programs; each pair is listed once.
 * Also each program's modules in order and each module's lessons (`program_modules`,
 * `module_lessons`), for the cohort dashboard's module chart and the evaluation.
 */

type Named = { slug: string };
type Parent = Named & { modules?: string[]; lessons?: string[] };
export type ProgramLesson = { id: string; program: string };
export type ProgramModule = { program: string; module: string; position: number };
export type ModuleLesson = { module: string; lesson: string };
export type ModuleCatalogue = { programModules: ProgramModule[]; moduleLessons: ModuleLesson[] };

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function readAll(collection: 'programs' | 'modules'): Parent[] {
  const dir = collectionDir('da', collection);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Parent);
}

/** Every (lesson, program) pair once, sorted by lesson then program. */
export function catalogueOf(programs: readonly Parent[], modules: readonly Parent[]): ProgramLesson[] {
  const lessonsOf = new Map(modules.map((module) => [module.slug, module.lessons ?? []]));
  const pairs = new Map<string, ProgramLesson>();
  for (const program of programs) {
    for (const module of program.modules ?? []) {
      for (const id of lessonsOf.get(module) ?? [])
        pairs.set(`${id}\u0000${program.slug}`, { id, program: program.slug });
    }
  }
  return [...pairs.values()].sort((a, b) => byText(a.id, b.id) || byText(a.program, b.program));
}

/** Each program's modules (position from 1) and the lessons of every module some program has. */
export function moduleCatalogueOf(programs: readonly Parent[], modules: readonly Parent[]): ModuleCatalogue {
  const lessonsOf = new Map(modules.map((module) => [module.slug, module.lessons ?? []]));
  const programModules = programs
    .flatMap((program) =>
      [...new Set(program.modules ?? [])].map((module, index) => ({
        program: program.slug,
        module,
        position: index + 1,
      })),
    )
    .sort((a, b) => byText(a.program, b.program) || a.position - b.position);
  const used = [...new Set(programModules.map(({ module }) => module))].sort(byText);
  const moduleLessons = used.flatMap((module) =>
    [...new Set(lessonsOf.get(module) ?? [])].sort(byText).map((lesson) => ({ module, lesson })),
  );
  return { programModules, moduleLessons };
}

export const lessonCatalogue = (): ProgramLesson[] => catalogueOf(readAll('programs'), readAll('modules'));
export const moduleCatalogue = (): ModuleCatalogue => moduleCatalogueOf(readAll('programs'), readAll('modules'));

/** seed.sql: the catalogue as idempotent statements (slugs are checked by the `slug` domain). */
export function lessonSeedSql(
  catalogue: readonly ProgramLesson[] = lessonCatalogue(),
  { programModules, moduleLessons }: ModuleCatalogue = moduleCatalogue(),
): string {
  const lessons = [...new Set(catalogue.map(({ id }) => id))].map((id) => `  ('${id}')`);
  const pairs = catalogue.map(({ id, program }) => `  ('${program}', '${id}')`);
  const moduleSql = [
    ...(programModules.length === 0
      ? []
      : [
          '',
          'insert into public.program_modules (program, module, position) values',
          programModules
            .map(({ program, module, position }) => `  ('${program}', '${module}', ${position})`)
            .join(',\n'),
          'on conflict (program, module) do update set position = excluded.position;',
        ]),
    ...(moduleLessons.length === 0
      ? []
      : [
          '',
          'insert into public.module_lessons (module, lesson_id) values',
          moduleLessons.map(({ module, lesson }) => `  ('${module}', '${lesson}')`).join(',\n'),
          'on conflict (module, lesson_id) do nothing;',
        ]),
  ];
  return [
    '-- The published lessons (generated from content/ by `npm run supabase:seed`; do not edit).',
    'insert into public.lessons (id) values',
    `${lessons.join(',\n')}`,
    'on conflict (id) do nothing;',
    '',
    'insert into public.program_lessons (program, lesson_id) values',
    `${pairs.join(',\n')}`,
    'on conflict (program, lesson_id) do nothing;',
    ...moduleSql,
    '',
  ].join('\n');
}
