import { describe, expect, it } from 'vitest';
import { hrefSchema, lessonSchema, moduleSchema, programSchema, slugSchema } from '../src/index.ts';

const provenance = {
  sharing: { owner: 'odense', visibility: 'national', sharedWith: [] },
  review: {
    reviewer: 'Sygeplejerske Hansen',
    reviewedAt: '2026-11-01T09:00:00.000Z',
    reviewBy: '2027-11-01T09:00:00.000Z',
  },
  locale: 'da',
  fallback: false,
};

const lesson = {
  ...provenance,
  slug: 'maal-dit-blodsukker',
  title: 'Mål dit blodsukker',
  summary: 'Kort',
  readingMinutes: 2,
  easyRead: false,
  body: [
    { type: 'heading', level: 2, children: [{ type: 'text', text: 'Sådan', bold: true }] },
    {
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Tekst' },
        { type: 'linebreak' },
        { type: 'link', href: 'https://www.sundhed.dk/', children: [{ type: 'text', text: 'sundhed.dk' }] },
      ],
    },
    { type: 'list', ordered: false, items: [[{ type: 'text', text: 'Et punkt' }]] },
    { type: 'quote', children: [{ type: 'text', text: 'Citat' }] },
  ],
};

describe('content schemas', () => {
  it('accepts a complete lesson, module and program', () => {
    expect(lessonSchema.parse(lesson)).toEqual(lesson);
    expect(
      moduleSchema.parse({ slug: 'm', title: 'Modul', summary: '', lessons: ['a', 'b'], ...provenance }).lessons,
    ).toEqual(['a', 'b']);
    expect(
      programSchema.parse({
        slug: 'p',
        title: 'Forløb',
        summary: '',
        audience: 'staff',
        demo: false,
        modules: [],
        ...provenance,
      }).audience,
    ).toBe('staff');
  });

  it.each([
    ['Mål dit blodsukker', 'spaces and Danish letters'],
    ['-start', 'a leading hyphen'],
    ['a--b', 'a double hyphen'],
    ['', 'nothing'],
  ])('rejects the slug "%s" (%s)', (slug) => {
    expect(slugSchema.safeParse(slug).success).toBe(false);
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<script>', '//evil.example', 'vbscript:x'])(
    'rejects the link target %s',
    (href) => {
      expect(hrefSchema.safeParse(href).success).toBe(false);
    },
  );

  it.each(['https://www.sundhed.dk/', 'mailto:sundhed@kommune.dk', 'tel:+4570000000', '/forloeb/x/', '#afsnit'])(
    'accepts the link target %s',
    (href) => {
      expect(hrefSchema.parse(href)).toBe(href);
    },
  );

  it('rejects unknown fields, so a typo in the exporter cannot pass silently', () => {
    expect(lessonSchema.safeParse({ ...lesson, html: '<b>x</b>' }).success).toBe(false);
  });

  it('rejects a level-1 heading (the page title is the only h1) and zero reading time', () => {
    expect(lessonSchema.safeParse({ ...lesson, body: [{ type: 'heading', level: 1, children: [] }] }).success).toBe(
      false,
    );
    expect(lessonSchema.safeParse({ ...lesson, readingMinutes: 0 }).success).toBe(false);
  });

  it('rejects review dates that are not ISO timestamps and unknown sharing', () => {
    expect(lessonSchema.safeParse({ ...lesson, review: { ...provenance.review, reviewBy: 'next year' } }).success).toBe(
      false,
    );
    expect(
      lessonSchema.safeParse({ ...lesson, sharing: { ...provenance.sharing, visibility: 'everyone' } }).success,
    ).toBe(false);
    expect(lessonSchema.safeParse({ ...lesson, locale: 'de' }).success).toBe(false);
  });

  it('rejects a block type the site cannot render', () => {
    expect(lessonSchema.safeParse({ ...lesson, body: [{ type: 'html', value: '<script></script>' }] }).success).toBe(
      false,
    );
  });
});
