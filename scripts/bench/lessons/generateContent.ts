import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type ContentCollection,
  type ContentLocale,
  collectionDir,
  contentRoot,
  type LearningBlock,
  type Lesson,
  type LessonBody,
  type Module,
  mediaDir,
  type Organisation,
  type Program,
} from '@sundhed/content';
import {
  growingVocabulary,
  paragraphText,
  pick,
  type Random,
  readCorpus,
  seededRandom,
  sentence,
  titleText,
  vocabularySize,
} from './danishText.ts';

/*
 * A national catalogue of `lessons` lessons in the content/ layout, as the exporter writes it:
 * Danish for everything, and an English file for every document, which for most is the Danish
 * text standing in (`fallback: true`). Every block type appears; media blocks reuse the demo
 * media, copied alongside. The same size always gives the same files.
 */

export const lessonsPerModule = 5;
export const modulesPerProgram = 6;
/** Share of documents with an English text of their own; the rest fall back to Danish. */
const translatedShare = 0.1;
const municipalityCount = 98;

type Document = { slug: string; [field: string]: unknown };
type Written = { lessons: number; modules: number; programs: number; organisations: number; files: number };

const slugOf = (title: string, index: number) =>
  `${title
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
    .replace(/-$/, '')}-${index}`;

/** The demo lessons' media blocks, one of each kind, to copy with new ids and words. */
function mediaTemplates(): Map<string, LearningBlock> {
  const templates = new Map<string, LearningBlock>();
  const dir = collectionDir('da', 'lessons');
  for (const name of readdirSync(dir).sort()) {
    const lesson: Lesson = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    for (const block of lesson.body)
      if (['image', 'video', 'audio', 'download'].includes(block.type) && !templates.has(block.type))
        templates.set(block.type, block as LearningBlock);
  }
  return templates;
}

const provenance = (owner: string, locale: ContentLocale, fallback: boolean) => ({
  sharing: { owner, visibility: 'national' as const, sharedWith: [] },
  review: {
    reviewer: 'Klinisk reviewer (genereret)',
    reviewedAt: '2026-11-01T09:00:00.000Z',
    reviewBy: '2027-11-01T09:00:00.000Z',
  },
  locale,
  fallback,
});

export function generateContent(root: string, lessons: number, seed = 16): Written {
  const random = seededRandom(seed * 1_000_003 + lessons);
  const danish = readCorpus('da');
  const english = readCorpus('en');
  const vocabulary = growingVocabulary(danish, vocabularySize(lessons), random);
  const templates = mediaTemplates();
  rmSync(root, { recursive: true, force: true });
  let files = 0;
  const write = (locale: ContentLocale, collection: ContentCollection, document: Document) => {
    const dir = join(root, locale, collection);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${document.slug}.json`), JSON.stringify(document, null, 2));
    files++;
  };
  /** Danish, and English: its own text for some, the Danish standing in for the rest. */
  const writeBoth = (
    collection: ContentCollection,
    make: (text: TextSource) => Document,
    owner: string,
    translated: boolean,
  ) => {
    const state = random();
    const da = make(danishSource(seededRandom(Math.floor(state * 2 ** 32))));
    write('da', collection, { ...da, ...provenance(owner, 'da', false) });
    const en = translated ? make(englishSource(seededRandom(Math.floor(state * 2 ** 32)))) : da;
    write('en', collection, { ...en, slug: da.slug, ...provenance(owner, 'en', !translated) });
  };
  type TextSource = { random: Random; sentence: () => string; paragraph: (n: number) => string; title: () => string };
  const danishSource = (r: Random): TextSource => ({
    random: r,
    sentence: () => sentence(danish, vocabulary, r),
    paragraph: (n) => paragraphText(danish, vocabulary, r, n),
    title: () => titleText(danish, vocabulary, r),
  });
  const englishSource = (r: Random): TextSource => ({
    random: r,
    sentence: () => sentence(english, vocabulary, r),
    paragraph: (n) => paragraphText(english, vocabulary, r, n),
    title: () => titleText(english, vocabulary, r),
  });

  const municipalities = Array.from({ length: municipalityCount }, (_, i) => ({
    slug: `kommune-${i + 1}`,
    name: `${pick(random, ['Nord', 'Syd', 'Øst', 'Vest', 'Midt'])}${pick(random, ['by', 'havn', 'strand', 'skov', 'dal'])} ${i + 1} Kommune`,
  }));
  const programCount = Math.ceil(lessons / (lessonsPerModule * modulesPerProgram));
  const offered = new Map<string, string[]>(municipalities.map(({ slug }) => [slug, []]));
  let lessonIndex = 0;
  let moduleIndex = 0;

  for (let p = 0; p < programCount && lessonIndex < lessons; p++) {
    const owner = pick(random, municipalities).slug;
    const translated = random() < translatedShare;
    const moduleSlugs: string[] = [];
    for (let m = 0; m < modulesPerProgram && lessonIndex < lessons; m++) {
      const lessonSlugs: string[] = [];
      for (let l = 0; l < lessonsPerModule && lessonIndex < lessons; l++) {
        const index = lessonIndex++;
        const slug = slugOf(titleText(danish, vocabulary, random), index);
        lessonSlugs.push(slug);
        writeBoth(
          'lessons',
          (text) => {
            const body = lessonBody(text, index, templates);
            const words = JSON.stringify(body).split(' ').length;
            return {
              slug,
              title: text.title(),
              summary: text.sentence(),
              readingMinutes: Math.max(1, Math.round(words / 150)),
              easyRead: text.random() < 0.15,
              body,
            } satisfies Omit<Lesson, 'sharing' | 'review' | 'locale' | 'fallback'>;
          },
          owner,
          translated,
        );
      }
      const slug = slugOf(titleText(danish, vocabulary, random), moduleIndex++);
      moduleSlugs.push(slug);
      writeBoth(
        'modules',
        (text) =>
          ({ slug, title: text.title(), summary: text.sentence(), lessons: lessonSlugs }) satisfies Omit<
            Module,
            'sharing' | 'review' | 'locale' | 'fallback'
          >,
        owner,
        translated,
      );
    }
    const slug = slugOf(titleText(danish, vocabulary, random), p);
    writeBoth(
      'programs',
      (text) =>
        ({
          slug,
          title: text.title(),
          summary: text.paragraph(2),
          audience: text.random() < 0.1 ? 'staff' : 'citizens',
          demo: false,
          modules: moduleSlugs,
        }) satisfies Omit<Program, 'sharing' | 'review' | 'locale' | 'fallback'>,
      owner,
      translated,
    );
    // Each program is offered by its owner and a few others.
    for (const { slug: municipality } of [
      municipalities.find((candidate) => candidate.slug === owner),
      ...Array.from({ length: 5 }, () => pick(random, municipalities)),
    ].filter((found) => found !== undefined))
      offered.get(municipality)?.push(slug);
  }

  for (const { slug, name } of municipalities) {
    const organisation: Organisation = {
      slug,
      name,
      kind: 'municipality',
      programs: [...new Set(offered.get(slug))],
      adoptions: [],
    };
    write('da', 'organisations', organisation);
    write('en', 'organisations', organisation);
  }

  for (let g = 0; g < Math.max(2, Math.round(lessons / 50)); g++) {
    const term = vocabulary[g % vocabulary.length] ?? `ord${g}`;
    writeBoth(
      'glossary',
      (text) => ({ slug: slugOf(term, g), title: term, definition: text.sentence() }),
      municipalities[0]?.slug ?? 'kommune-1',
      false,
    );
  }
  for (let a = 0; a < Math.max(1, Math.round(lessons / 100)); a++) {
    const slug = slugOf(titleText(danish, vocabulary, random), a);
    writeBoth(
      'articles',
      (text) => ({
        slug,
        title: text.title(),
        summary: text.sentence(),
        readingMinutes: 3,
        easyRead: false,
        body: lessonBody(text, lessons + a, templates),
      }),
      municipalities[0]?.slug ?? 'kommune-1',
      false,
    );
  }

  cpSync(join(contentRoot, mediaDir), join(root, mediaDir), { recursive: true });
  return {
    lessons: lessonIndex,
    modules: moduleIndex,
    programs: programCount,
    organisations: municipalityCount,
    files,
  };
}

/** The learning blocks, one per lesson in turn, so every kind appears in every run of nine lessons. */
const blockKinds = [
  'callout',
  'quiz',
  'reflection',
  'checklist',
  'contact',
  'image',
  'video',
  'audio',
  'download',
] as const;

function lessonBody(
  text: { random: Random; sentence: () => string; paragraph: (n: number) => string; title: () => string },
  index: number,
  templates: Map<string, LearningBlock>,
): LessonBody {
  const id = (n: number) => `blok-${index}-${n}`;
  const run = (value: string) => [{ type: 'text' as const, text: value }];
  const learning = (kind: (typeof blockKinds)[number], n: number): LearningBlock => {
    switch (kind) {
      case 'callout':
        return {
          type: 'callout',
          id: id(n),
          tone: pick(text.random, ['info', 'warning', 'contact-doctor']),
          text: text.sentence(),
        };
      case 'quiz':
        return {
          type: 'quiz',
          id: id(n),
          question: text.sentence(),
          multiple: false,
          options: [
            { text: text.title(), correct: true, feedback: text.sentence() },
            { text: text.title(), correct: false },
            { text: text.title(), correct: false },
          ],
        };
      case 'reflection':
        return { type: 'reflection', id: id(n), prompt: text.sentence(), hint: text.sentence() };
      case 'checklist':
        return {
          type: 'checklist',
          id: id(n),
          kind: pick(text.random, ['goal', 'checklist']),
          title: text.title(),
          items: [{ text: text.sentence() }, { text: text.sentence() }, { text: text.sentence() }],
        };
      case 'contact':
        return {
          type: 'contact',
          id: id(n),
          card: { name: 'Sundhedscentret', phone: '70 10 20 30', hours: 'Hverdage 8-15' },
        };
      default: {
        const template = templates.get(kind);
        if (!template) throw new Error(`The demo lessons have no ${kind} block to copy.`);
        return { ...template, id: id(n), alt: text.sentence(), credit: 'Sundhedscentret' } as LearningBlock;
      }
    }
  };
  const kind = (offset: number) => blockKinds[(index + offset) % blockKinds.length] ?? 'callout';
  const body: LessonBody = [
    { type: 'paragraph', children: run(text.paragraph(3)) },
    { type: 'heading', level: 2, children: run(text.title()) },
    { type: 'paragraph', children: run(text.paragraph(3)) },
    { type: 'list', ordered: false, items: [run(text.sentence()), run(text.sentence()), run(text.sentence())] },
    learning(kind(0), 1),
    { type: 'heading', level: 2, children: run(text.title()) },
    {
      type: 'paragraph',
      children: [
        ...run(`${text.sentence()} `),
        { type: 'text', text: text.title(), bold: true },
        ...run(` ${text.paragraph(2)}`),
      ],
    },
    { type: 'quote', children: run(text.sentence()) },
    learning(kind(4), 2),
    { type: 'paragraph', children: run(text.paragraph(2)) },
  ];
  return body;
}
