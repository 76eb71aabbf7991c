import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ContentCollection, contentCollections, contentLocales } from '@sundhed/content';
import { afterAll, describe, expect, it } from 'vitest';
import { generateContent } from '../bench/lessons/generateContent.ts';
import { writeStarlightDocs } from '../bench/lessons/starlightDocs.ts';

/* The scale benchmark's generated catalogue is content the exporter could have written. */

const root = mkdtempSync(join(tmpdir(), 'bench-content-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const documents = (dir: string, locale: string, collection: string) =>
  readdirSync(join(dir, locale, collection)).map((name) =>
    JSON.parse(readFileSync(join(dir, locale, collection, name), 'utf8')),
  );

describe('generated benchmark content', () => {
  const first = join(root, 'first');
  const written = generateContent(first, 90);

  it('passes the schemas the site builds with, in both languages', () => {
    for (const locale of contentLocales)
      for (const [collection, schema] of Object.entries(contentCollections))
        for (const document of documents(first, locale, collection as ContentCollection)) {
          const parsed = schema.safeParse(document);
          expect(parsed.error?.issues ?? [], `${locale}/${collection}/${document.slug}`).toEqual([]);
        }
    expect(written.lessons).toBe(90);
    expect(documents(first, 'da', 'lessons')).toHaveLength(90);
  });

  it('uses every block type, and English mostly as the Danish text standing in', () => {
    const types = new Set(
      documents(first, 'da', 'lessons').flatMap((lesson) => lesson.body.map((b: { type: string }) => b.type)),
    );
    expect([...types].sort()).toEqual(
      [
        'audio',
        'callout',
        'checklist',
        'contact',
        'download',
        'heading',
        'image',
        'list',
        'paragraph',
        'quiz',
        'quote',
        'reflection',
        'video',
      ].sort(),
    );
    const english = documents(first, 'en', 'lessons');
    expect(english).toHaveLength(90);
    const standingIn = english.filter((lesson) => lesson.fallback);
    expect(standingIn.length).toBeGreaterThan(45);
    const danish = new Map(documents(first, 'da', 'lessons').map((lesson) => [lesson.slug, lesson]));
    for (const lesson of standingIn) expect(lesson.body).toEqual(danish.get(lesson.slug).body);
  });

  it('is the same for the same size, and its vocabulary grows with the size', () => {
    const again = join(root, 'again');
    generateContent(again, 90);
    expect(documents(again, 'da', 'lessons')).toEqual(documents(first, 'da', 'lessons'));
    const words = (dir: string) =>
      new Set(
        JSON.stringify(documents(dir, 'da', 'lessons'))
          .toLowerCase()
          .match(/\p{L}{4,}/gu) ?? [],
      ).size;
    const larger = join(root, 'larger');
    generateContent(larger, 900);
    expect(words(larger)).toBeGreaterThan(words(first) * 1.5);
  });

  it('gives Starlight one page per Danish lesson and one per program', () => {
    const pages = writeStarlightDocs(first, join(root, 'docs'));
    expect(pages).toBe(90 + written.programs);
    const sidebar = JSON.parse(readFileSync(join(root, 'docs', 'sidebar.json'), 'utf8'));
    expect(sidebar).toHaveLength(written.programs);
  });
});
