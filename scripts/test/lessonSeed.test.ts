import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueOf, lessonCatalogue, lessonSeedSql } from '../supabase/lessonCatalogue.ts';

describe("the database's lesson catalogue", () => {
  it('supabase/seed.sql lists exactly the published lessons (run `npm run supabase:seed` after an export)', () => {
    expect(readFileSync(new URL('../../supabase/seed.sql', import.meta.url), 'utf8')).toBe(lessonSeedSql());
  });

  it('holds every published lesson with its program', () => {
    const catalogue = lessonCatalogue();
    expect(catalogue.length).toBeGreaterThanOrEqual(30);
    expect(catalogue).toContainEqual({ id: 'maal-dit-blodsukker', program: 'lev-livet-med-type-2-diabetes' });
  });

  it('lists a lesson in two modules of a program once, and a lesson in two programs once per program', () => {
    const catalogue = catalogueOf(
      [
        { slug: 'hjerte', modules: ['hjerte-1', 'hjerte-2'] },
        { slug: 'diabetes', modules: ['diabetes-1'] },
      ],
      [
        { slug: 'hjerte-1', lessons: ['blodtryk', 'motion'] },
        { slug: 'hjerte-2', lessons: ['blodtryk'] },
        { slug: 'diabetes-1', lessons: ['blodtryk'] },
      ],
    );
    expect(catalogue).toEqual([
      { id: 'blodtryk', program: 'diabetes' },
      { id: 'blodtryk', program: 'hjerte' },
      { id: 'motion', program: 'hjerte' },
    ]);
    const sql = lessonSeedSql(catalogue);
    expect(sql.match(/\('blodtryk'\)/g)).toHaveLength(1);
  });
});
