import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  contentCollections,
  contentLocales,
  contentRoot,
  type Lesson,
  lessonSchema,
  mediaDir,
  moduleSchema,
  programSchema,
} from '@sundhed/content';
import sharp from 'sharp';
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
/** Server code publishing with a recorded approval, as the seed does: the export checks it. */
let approved: { approval: { reviewer: number; approvedAt: string } };

const contentDirs = [
  ...contentLocales.flatMap((locale) => Object.keys(contentCollections).map((collection) => `${locale}/${collection}`)),
  mediaDir,
];
const readJson = (path: string) => JSON.parse(readFileSync(join(out, path), 'utf8')) as unknown;

beforeAll(async () => {
  cms = await throwawayCms();
  out = mkdtempSync(join(tmpdir(), 'sundhed-content-'));
  await seedDemo(cms.payload, newDemoLogins());
  const { docs } = await cms.payload.find({
    collection: 'users',
    where: { email: { equals: 'reviewer@sundhedscenter.local' } },
  });
  approved = { approval: { reviewer: docs[0]?.id ?? 0, approvedAt: '2026-11-20T09:00:00.000Z' } };
});

afterAll(async () => {
  await cms.close();
  rmSync(out, { recursive: true, force: true });
});

describe('export of published content through the Local API', () => {
  it('writes every seeded document as a file that matches its schema', async () => {
    const summary = await exportContent(cms.payload, out);
    const written = contentDirs.flatMap((dir) => readdirSync(join(out, dir)).map((name) => `${dir}/${name}`));
    expect(summary.added.sort()).toEqual(written.sort());
    const lessons = readdirSync(join(out, 'da/lessons'));
    for (const name of lessons) expect(lessonSchema.safeParse(readJson(`da/lessons/${name}`)).success).toBe(true);
  });

  it('seeds five programs of at least 3 modules of 2 lessons, with quizzes, a captioned video and pictures', () => {
    const read = (locale: string, collection: string, slug: string) => readJson(`${locale}/${collection}/${slug}.json`);
    const programs = readdirSync(join(out, 'da/programs')).map((name) =>
      programSchema.parse(readJson(`da/programs/${name}`)),
    );
    expect(programs.map((program) => program.title).sort()).toEqual([
      'Digital kompetent',
      'Lev livet med KOL',
      'Lev livet med hjertesygdom',
      'Lev livet med type 2-diabetes',
      'Livsstilsstøtte: mad, bevægelse og rygestop',
    ]);
    expect(programs.find((program) => program.slug === 'digital-kompetent')?.audience).toBe('staff');
    for (const program of programs) {
      expect(program.demo).toBe(true);
      expect(program.modules.length, program.slug).toBeGreaterThanOrEqual(3);
      const lessons: Lesson[] = [];
      for (const slug of program.modules) {
        const module = moduleSchema.parse(read('da', 'modules', slug));
        expect(module.lessons.length, slug).toBeGreaterThanOrEqual(2);
        lessons.push(...module.lessons.map((lesson) => lessonSchema.parse(read('da', 'lessons', lesson))));
      }
      const blocks = lessons.flatMap((lesson) => lesson.body);
      const kinds = new Set(blocks.map((block) => block.type));
      expect([...kinds].filter((kind) => ['quiz', 'video', 'image'].includes(kind)).sort(), program.slug).toEqual([
        'image',
        'quiz',
        'video',
      ]);
      for (const block of blocks) {
        if (block.type !== 'image' && block.type !== 'video') continue;
        expect(block.alt.length, block.id).toBeGreaterThan(10);
        const files =
          block.type === 'video'
            ? [block.file, block.captions]
            : [block.fallback, ...block.sources.flatMap((source) => source.files)];
        for (const file of files) expect(readdirSync(join(out, mediaDir))).toContain(file.src.replace('/media/', ''));
      }
    }
    const english = programSchema.parse(read('en', 'programs', 'lev-livet-med-type-2-diabetes'));
    expect([english.title, english.fallback]).toEqual(['Living well with type 2 diabetes', false]);
  });

  it('matches the demo content committed in content/, byte for byte', () => {
    for (const dir of contentDirs) {
      const committed = readdirSync(join(contentRoot, dir)).sort();
      expect(readdirSync(join(out, dir)).sort()).toEqual(committed);
      for (const name of committed) {
        const same = readFileSync(join(out, dir, name)).equals(readFileSync(join(contentRoot, dir, name)));
        expect(same, `${dir}/${name}`).toBe(true);
      }
    }
  });

  it('copies only media that a published lesson uses', async () => {
    const { docs } = await cms.payload.find({ collection: 'organisations', where: { slug: { equals: 'odense' } } });
    // Bytes no other file has, so any copy of it or its resized versions would show as added.
    const picture = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#123456' } })
      .png()
      .toBuffer();
    const unused = await cms.payload.create({
      collection: 'media',
      data: { alt: 'Ubrugt tegning', credit: 'Test', owner: docs[0]?.id as number, visibility: 'national' },
      file: { data: picture, mimetype: 'image/png', name: 'ubrugt.png', size: picture.length },
      context: quietContext(),
    });
    expect(unused.filename).toBe('ubrugt.png');
    const summary = await exportContent(cms.payload, out);
    expect(summary.added.filter((path) => path.startsWith(`${mediaDir}/`))).toEqual([]);
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
      data: { lessons: [...lessonIds, draft.id], _status: 'published', ...approved },
      context: quietContext(),
    });
    // The lesson list is part of what English readers see too: its English approval is renewed.
    await cms.payload.update({
      collection: 'modules',
      id: module.id,
      locale: 'en',
      data: { _status: 'published', ...approved },
      context: quietContext(),
    });

    const afterDraft = await exportContent(cms.payload, out);
    expect(afterDraft.added).toEqual([]);
    const moduleFile = moduleSchema.parse(readJson('da/modules/forstaa-din-diabetes.json'));
    expect(moduleFile.lessons).not.toContain('soevn-og-blodsukker');

    await cms.payload.update({
      collection: 'lessons',
      id: draft.id,
      data: { _status: 'published', ...approved },
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
        ...approved,
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
      where: { slug: { equals: 'hvad-er-kol' } },
    });
    const lesson = docs[0];
    if (!lesson) throw new Error('seeded lesson missing');
    expect(lessonSchema.parse(readJson('en/lessons/hvad-er-kol.json')).fallback).toBe(true);

    await cms.payload.update({
      collection: 'lessons',
      id: lesson.id,
      locale: 'en',
      data: {
        title: 'What is COPD?',
        summary: 'About the disease.',
        body: richText(p('Wash your hands.')),
        ...approved,
      } as never,
      context: quietContext(),
    });
    await exportContent(cms.payload, out);
    const english = lessonSchema.parse(readJson('en/lessons/hvad-er-kol.json'));
    expect([english.title, english.locale, english.fallback]).toEqual(['What is COPD?', 'en', false]);
    expect(lessonSchema.parse(readJson('da/lessons/hvad-er-kol.json')).title).toBe('Hvad er KOL?');
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
