import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lessonCatalogue, lessonSeedSql } from '../supabase/lessonCatalogue.ts';

describe("the database's lesson catalogue", () => {
  it('supabase/seed.sql lists exactly the published lessons (run `npm run supabase:seed` after an export)', () => {
    expect(readFileSync(new URL('../../supabase/seed.sql', import.meta.url), 'utf8')).toBe(lessonSeedSql());
  });

  it('holds every lesson once, with its program', () => {
    const catalogue = lessonCatalogue();
    expect(catalogue.length).toBeGreaterThanOrEqual(30);
    expect(new Set(catalogue.map(({ id }) => id)).size).toBe(catalogue.length);
    expect(catalogue).toContainEqual({ id: 'maal-dit-blodsukker', program: 'lev-livet-med-type-2-diabetes' });
  });
});
