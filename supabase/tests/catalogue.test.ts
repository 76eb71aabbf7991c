import { describe, expect, it } from 'vitest';
import { catalogueOf, lessonSeedSql } from '../../scripts/supabase/lessonCatalogue.ts';
import { worldPerFile } from './harness/worldPerFile.ts';

/* The lesson catalogue in the database, as `npm run supabase:seed` writes it. */

const file = worldPerFile();

describe('lesson catalogue', () => {
  it('loads a lesson that sits in two modules and two programs, and loading it again changes nothing', async () => {
    const sql = lessonSeedSql(
      catalogueOf(
        [
          { slug: 'lev-livet-med-hjertesygdom', modules: ['delt-a', 'delt-b'] },
          { slug: 'lev-livet-med-type-2-diabetes', modules: ['delt-c'] },
        ],
        [
          { slug: 'delt-a', lessons: ['blodtryk-og-dig'] },
          { slug: 'delt-b', lessons: ['blodtryk-og-dig'] },
          { slug: 'delt-c', lessons: ['blodtryk-og-dig'] },
        ],
      ),
    );
    await file.db.owner.query(sql);
    await file.db.owner.query(sql);
    const { rows } = await file.db.owner.query<{ program: string }>(
      `select program from public.program_lessons where lesson_id = 'blodtryk-og-dig' order by program`,
    );
    expect(rows.map(({ program }) => program)).toEqual(['lev-livet-med-hjertesygdom', 'lev-livet-med-type-2-diabetes']);
  });
});
