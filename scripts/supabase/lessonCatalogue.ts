import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectionDir } from '@sundhed/content';

/*
 * The published lessons and their programs, from content/ (Danish is always complete): the
 * database's `lessons` table, so progress is recorded only for lessons that exist.
 */

type Named = { slug: string };
type Parent = Named & { modules?: string[]; lessons?: string[] };

function readAll<T>(collection: 'programs' | 'modules'): T[] {
  const dir = collectionDir('da', collection);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as T);
}

export function lessonCatalogue(): { id: string; program: string }[] {
  const modules = new Map(readAll<Parent>('modules').map((module) => [module.slug, module.lessons ?? []]));
  return readAll<Parent>('programs')
    .flatMap((program) =>
      (program.modules ?? []).flatMap((module) =>
        (modules.get(module) ?? []).map((id) => ({ id, program: program.slug })),
      ),
    )
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** seed.sql: the catalogue as one idempotent statement (slugs are checked by the `slug` domain). */
export function lessonSeedSql(): string {
  const rows = lessonCatalogue().map(({ id, program }) => `  ('${id}', '${program}')`);
  return [
    '-- The published lessons (generated from content/ by `npm run supabase:seed`; do not edit).',
    'insert into public.lessons (id, program) values',
    `${rows.join(',\n')}`,
    'on conflict (id) do update set program = excluded.program;',
    '',
  ].join('\n');
}
