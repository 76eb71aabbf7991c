import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentCollections, contentLocales, contentRoot, lessonSchema, moduleSchema } from '@sundhed/content';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { injectionAttempts } from '../../../content/test/injectionAttempts.ts';
import { exportContent } from '../../../scripts/export/exportContent.ts';
import { quietContext } from '../../src/hooks/notifyPublish.ts';
import { newDemoLogins } from '../../src/seed/demoLogin.ts';
import { p, richText } from '../../src/seed/lexical.ts';
import { seedDemo } from '../../src/seed/seed.ts';
import { type ThrowawayCms, throwawayCms } from './throwawayCms.ts';

let cms: ThrowawayCms;
let out: string;

const contentDirs = contentLocales.flatMap((locale) =>
  Object.keys(contentCollections).map((collection) => `${locale}/${collection}`),
);
const readJson = (path: string) => JSON.parse(readFileSync(join(out, path), 'utf8')) as unknown;

beforeAll(async () => {
  cms = await throwawayCms();
  out = mkdtempSync(join(tmpdir(), 'sundhed-content-'));
  await seedDemo(cms.payload, newDemoLogins());
});

afterAll(async () => {
  await cms.close();
  rmSync(out, { recursive: true, force: true });
});

describe('export of published content through the Local API', () => {
  it('writes every seeded document as a file that matches its schema', async () => {
    const summary = await exportContent(cms.payload, out);
    expect(summary.added).toHaveLength(34);
    const lessons = readdirSync(join(out, 'da/lessons'));
    expect(lessons).toHaveLength(6);
    for (const name of lessons) expect(lessonSchema.safeParse(readJson(`da/lessons/${name}`)).success).toBe(true);
  });

  it('matches the demo content committed in content/, byte for byte', () => {
    for (const dir of contentDirs) {
      const committed = readdirSync(join(contentRoot, dir)).sort();
      expect(readdirSync(join(out, dir)).sort()).toEqual(committed);
      for (const name of committed) {
        expect(readFileSync(join(out, dir, name), 'utf8'), `${dir}/${name}`).toBe(
          readFileSync(join(contentRoot, dir, name), 'utf8'),
        );
      }
    }
  });

  it('leaves out a draft, and writes it once it is published', async () => {
    const draft = await cms.payload.create({
      collection: 'lessons',
      locale: 'da',
      draft: true,
      data: {
        title: 'Søvn og blodsukker',
        slug: 'soevn-og-blodsukker',
        summary: 'Kladde',
        owner: 1,
        visibility: 'own',
        body: richText(p('Sov godt.')),
        _status: 'draft',
      },
      context: quietContext(),
    });
    const { docs } = await cms.payload.find({
      collection: 'modules',
      where: { slug: { equals: 'forstaa-din-diabetes' } },
    });
    const module = docs[0];
    if (!module) throw new Error('seeded module missing');
    const lessonIds = (module.lessons ?? []).map((lesson) => (typeof lesson === 'number' ? lesson : lesson.id));
    await cms.payload.update({
      collection: 'modules',
      id: module.id,
      data: { lessons: [...lessonIds, draft.id], _status: 'published' },
      context: quietContext(),
    });

    const afterDraft = await exportContent(cms.payload, out);
    expect(afterDraft.added).toEqual([]);
    const moduleFile = moduleSchema.parse(readJson('da/modules/forstaa-din-diabetes.json'));
    expect(moduleFile.lessons).not.toContain('soevn-og-blodsukker');

    await cms.payload.update({
      collection: 'lessons',
      id: draft.id,
      data: { _status: 'published' },
      context: quietContext(),
    });
    const afterPublish = await exportContent(cms.payload, out);
    expect(afterPublish.added).toEqual(['da/lessons/soevn-og-blodsukker.json', 'en/lessons/soevn-og-blodsukker.json']);
    expect(afterPublish.changed).toEqual([
      'da/modules/forstaa-din-diabetes.json',
      'en/modules/forstaa-din-diabetes.json',
    ]);
    expect(moduleSchema.parse(readJson('da/modules/forstaa-din-diabetes.json')).lessons.at(-1)).toBe(
      'soevn-og-blodsukker',
    );
  });

  it('gives byte-identical files for the same CMS state', async () => {
    const again = mkdtempSync(join(tmpdir(), 'sundhed-content-again-'));
    try {
      await exportContent(cms.payload, again);
      const rerun = await exportContent(cms.payload, out);
      expect(rerun.added.length + rerun.changed.length + rerun.removed.length).toBe(0);
      for (const dir of contentDirs) {
        for (const name of readdirSync(join(out, dir))) {
          expect(readFileSync(join(again, dir, name), 'utf8')).toBe(readFileSync(join(out, dir, name), 'utf8'));
        }
      }
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });

  it('keeps editor text that looks like code as plain text', async () => {
    const attempts = injectionAttempts;
    await cms.payload.create({
      collection: 'lessons',
      locale: 'da',
      data: {
        title: 'Kodeagtig tekst',
        slug: 'kodeagtig-tekst',
        summary: '<script>alert(1)</script>',
        owner: 1,
        visibility: 'own',
        body: richText(...attempts.map((text) => p(text))),
        _status: 'published',
      },
      context: quietContext(),
    });
    await exportContent(cms.payload, out);
    const lesson = lessonSchema.parse(readJson('da/lessons/kodeagtig-tekst.json'));
    expect(lesson.summary).toBe('<script>alert(1)</script>');
    expect(lesson.body.map((block) => (block.type === 'paragraph' ? block.children : []))).toEqual(
      attempts.map((text) => [{ type: 'text', text }]),
    );
  });

  it('marks English text as Danish fallback until the lesson has its own translation', async () => {
    const { docs } = await cms.payload.find({
      collection: 'lessons',
      where: { slug: { equals: 'maal-dit-blodsukker' } },
    });
    const lesson = docs[0];
    if (!lesson) throw new Error('seeded lesson missing');
    expect(lessonSchema.parse(readJson('en/lessons/maal-dit-blodsukker.json')).fallback).toBe(true);

    await cms.payload.update({
      collection: 'lessons',
      id: lesson.id,
      locale: 'en',
      data: {
        title: 'Measure your blood sugar',
        summary: 'How to measure.',
        body: richText(p('Wash your hands.')),
      } as never,
      context: quietContext(),
    });
    await exportContent(cms.payload, out);
    const english = lessonSchema.parse(readJson('en/lessons/maal-dit-blodsukker.json'));
    expect([english.title, english.locale, english.fallback]).toEqual(['Measure your blood sugar', 'en', false]);
    expect(lessonSchema.parse(readJson('da/lessons/maal-dit-blodsukker.json')).title).toBe('Mål dit blodsukker');
  });

  it('removes the file of a document that is unpublished', async () => {
    const { docs } = await cms.payload.find({ collection: 'lessons', where: { slug: { equals: 'kodeagtig-tekst' } } });
    const lesson = docs[0];
    if (!lesson) throw new Error('lesson missing');
    await cms.payload.update({
      collection: 'lessons',
      id: lesson.id,
      data: { _status: 'draft' },
      context: quietContext(),
    });
    const summary = await exportContent(cms.payload, out);
    expect(summary.removed).toEqual(['da/lessons/kodeagtig-tekst.json', 'en/lessons/kodeagtig-tekst.json']);
  });
});
