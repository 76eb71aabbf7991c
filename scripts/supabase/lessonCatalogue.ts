import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectionDir } from '@sundhed/content';

/*
 * The published lessons and the programs that have them, from content/ (Danish is always
 * complete): the database's `lessons` and `program_lessons`, so progress is recorded only for
 * lessons that exist. A lesson may sit in several modules and programs; each pair is listed once.
 */

type Named = { slug: string };
type Parent = Named & { modules?: string[]; lessons?: string[] };
export type ProgramLesson = { id: string; program: string };

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
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...pairs.values()].sort((a, b) => byText(a.id, b.id) || byText(a.program, b.program));
}

export const lessonCatalogue = (): ProgramLesson[] => catalogueOf(readAll('programs'), readAll('modules'));

/** seed.sql: the catalogue as idempotent statements (slugs are checked by the `slug` domain). */
export function lessonSeedSql(catalogue: readonly ProgramLesson[] = lessonCatalogue()): string {
  const lessons = [...new Set(catalogue.map(({ id }) => id))].map((id) => `  ('${id}')`);
  const pairs = catalogue.map(({ id, program }) => `  ('${program}', '${id}')`);
  return [
    '-- The published lessons (generated from content/ by `npm run supabase:seed`; do not edit).',
    'insert into public.lessons (id) values',
    `${lessons.join(',\n')}`,
    'on conflict (id) do nothing;',
    '',
    'insert into public.program_lessons (program, lesson_id) values',
    `${pairs.join(',\n')}`,
    'on conflict (program, lesson_id) do nothing;',
    '',
  ].join('\n');
}
