import { slugSchema } from '@sundhed/content';
import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/fields/slugify.ts';

describe('slugify', () => {
  it.each([
    ['Mål dit blodsukker', 'maal-dit-blodsukker'],
    ['Fødderne og diabetes', 'foedderne-og-diabetes'],
    ['Lev livet med type 2-diabetes', 'lev-livet-med-type-2-diabetes'],
    ['  Æble, pære & café!  ', 'aeble-paere-cafe'],
  ])('%s → %s, a valid slug', (title, slug) => {
    expect(slugify(title)).toBe(slug);
    expect(slugSchema.parse(slugify(title))).toBe(slug);
  });
});
