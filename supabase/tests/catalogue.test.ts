import { describe, expect, it } from 'vitest';
import { catalogueOf, lessonSeedSql, moduleCatalogueOf } from '../../scripts/supabase/lessonCatalogue.ts';
import { worldPerFile } from './harness/worldPerFile.ts';

/* The lesson catalogue in the database, as `npm run supabase:seed` writes it. */

const file = worldPerFile();

describe('lesson catalogue', () => {
  it('loads a lesson that sits in two modules and two programs, and loading it again changes nothing', async () => {
    const programs = [
      { slug: 'lev-livet-med-hjertesygdom', modules: ['delt-a', 'delt-b'] },
      { slug: 'lev-livet-med-type-2-diabetes', modules: ['delt-c'] },
    ];
    const modules = [
      { slug: 'delt-a', lessons: ['blodtryk-og-dig'] },
      { slug: 'delt-b', lessons: ['blodtryk-og-dig'] },
      { slug: 'delt-c', lessons: ['blodtryk-og-dig'] },
    ];
    const sql = lessonSeedSql(catalogueOf(programs, modules), moduleCatalogueOf(programs, modules));
    await file.db.owner.query(sql);
    await file.db.owner.query(sql);
    const { rows } = await file.db.owner.query<{ program: string }>(
      `select program from public.program_lessons where lesson_id = 'blodtryk-og-dig' order by program`,
    );
    expect(rows.map(({ program }) => program)).toEqual(['lev-livet-med-hjertesygdom', 'lev-livet-med-type-2-diabetes']);
    const inOrder = await file.db.owner.query<{ module: string; position: number }>(
      `select module, position from public.program_modules
       where program = 'lev-livet-med-hjertesygdom' and module like 'delt-%' order by position`,
    );
    expect(inOrder.rows).toEqual([
      { module: 'delt-a', position: 1 },
      { module: 'delt-b', position: 2 },
    ]);
    const inModules = await file.db.owner.query(
      `select module from public.module_lessons where lesson_id = 'blodtryk-og-dig'`,
    );
    expect(inModules.rowCount).toBe(3);
  });
});
