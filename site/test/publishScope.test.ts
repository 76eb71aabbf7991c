import { contentRoot } from '@sundhed/content';
import { describe, expect, it } from 'vitest';
import { changesBetween } from '../src/build/contentManifest.ts';
import { publishScope } from '../src/build/publishScope.ts';
import { siteFingerprint } from '../src/build/siteFingerprint.ts';

/* Which pages a change in content/ rebuilds; against the demo content. */

const changed = (...paths: string[]) => paths.map((path) => ({ path, kind: 'changed' as const }));

describe('publishScope', () => {
  it('rebuilds the programs a lesson, module or program belongs to', () => {
    expect(publishScope(changed('da/lessons/maal-dit-blodsukker.json'), contentRoot)).toEqual({
      everything: false,
      programs: ['lev-livet-med-type-2-diabetes'],
    });
    expect(
      publishScope(changed('en/modules/forstaa-din-diabetes.json', 'da/programs/lev-livet-med-kol.json'), contentRoot),
    ).toEqual({
      everything: false,
      programs: ['lev-livet-med-kol', 'lev-livet-med-type-2-diabetes'],
    });
  });

  it('rebuilds no program for an article or a glossary term, and everything for the rest', () => {
    expect(
      publishScope(changed('da/articles/sov-godt-med-diabetes.json', 'en/glossary/hba1c.json'), contentRoot),
    ).toEqual({
      everything: false,
      programs: [],
    });
    expect(publishScope(changed('da/organisations/kolding.json'), contentRoot)).toMatchObject({ everything: true });
    expect(publishScope(changed('media/4796b94959433a5d.vtt'), contentRoot)).toMatchObject({ everything: true });
    expect(publishScope([{ path: 'da/lessons/maal-dit-blodsukker.json', kind: 'removed' }], contentRoot)).toEqual({
      everything: true,
      why: 'da/lessons/maal-dit-blodsukker.json was removed',
    });
  });

  it('sees added, changed and removed files between two manifests', () => {
    expect(changesBetween({ a: '1', b: '2', c: '3' }, { a: '1', b: '9', d: '4' })).toEqual([
      { path: 'b', kind: 'changed' },
      { path: 'd', kind: 'added' },
      { path: 'c', kind: 'removed' },
    ]);
  });
});

describe('siteFingerprint', () => {
  const repo = new URL('../..', import.meta.url).pathname;
  it('changes with a setting the build reads, and not with others', () => {
    const base = siteFingerprint(repo, { SUPABASE_URL: 'https://a.supabase.co', HOME: '/root' });
    expect(siteFingerprint(repo, { SUPABASE_URL: 'https://a.supabase.co', HOME: '/home/x' })).toBe(base);
    expect(siteFingerprint(repo, { SUPABASE_URL: 'https://b.supabase.co', HOME: '/root' })).not.toBe(base);
    expect(siteFingerprint(repo, { SUPABASE_URL: 'https://a.supabase.co', SITE_URL: 'https://x.dk' })).not.toBe(base);
  });
});
