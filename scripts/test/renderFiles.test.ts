import { ContentError } from '@sundhed/content';
import { describe, expect, it } from 'vitest';
import { p, richText } from '../../cms/src/seed/lexical.ts';
import { type MappingContext, mapDocuments, type PublishedDocuments, renderFiles } from '../export/mapDocuments.ts';
import { readingMinutes } from '../export/readingMinutes.ts';

const national = { owner: 5, visibility: 'national' };
const approved = {
  approval: { reviewer: 7, approvedAt: '2026-11-01T09:00:00.000Z' },
  reviewBy: '2027-11-01T09:00:00.000Z',
};

function published(): PublishedDocuments {
  return {
    programs: [
      {
        id: 1,
        slug: 'diabetes',
        title: 'Diabetes',
        summary: 'Om diabetes',
        audience: 'citizens',
        demo: true,
        modules: [11, 12],
        ...national,
        ...approved,
      },
      {
        id: 2,
        slug: 'kun-kolding',
        title: 'Lokalt',
        summary: '',
        modules: [],
        owner: 5,
        visibility: 'selected',
        sharedWith: [6],
      },
    ],
    modules: [{ id: 11, slug: 'forstaa', title: 'Forstå', summary: '', lessons: [22, 21, 99], ...national }],
    lessons: [
      { id: 21, slug: 'a-lektion', title: 'A', summary: '', body: richText(p('Første')), ...national, ...approved },
      { id: 22, slug: 'b-lektion', title: 'B', summary: '', body: richText(p('Anden')), ...national },
    ],
    articles: [
      {
        id: 50,
        slug: 'soevn',
        title: 'Søvn',
        summary: '',
        easyRead: true,
        body: richText(p('Sov godt.')),
        ...national,
      },
    ],
    glossary: [{ id: 40, slug: 'hba1c', title: 'HbA1c', definition: 'Langtidsblodsukker.', ...national }],
    organisations: [
      { id: 5, slug: 'odense', name: 'Odense Kommune', kind: 'municipality' },
      { id: 6, slug: 'kolding', name: 'Kolding Kommune', kind: 'municipality' },
      { id: 8, slug: 'svendborg', name: 'Svendborg Kommune', kind: 'municipality' },
    ],
    adoptions: [
      {
        id: 30,
        owner: 6,
        program: 1,
        localIntro: richText(p('Velkommen i Kolding.')),
        contact: { name: 'Sundhedscentret', phone: '79 79 00 00', email: '', role: null },
        practicalNotes: null,
      },
      { id: 31, owner: 6, program: 99, localIntro: null, contact: {}, practicalNotes: null },
    ],
  };
}

const context: MappingContext = {
  locale: 'da',
  reviewerNames: new Map([['7', 'Sygeplejerske Hansen']]),
  fallbackIds: {},
};

describe('mapping published documents to content files', () => {
  it('turns relations into slugs in the editor order, leaving out unpublished ones', () => {
    const records = mapDocuments(published(), context);
    expect(records.programs[0]?.modules).toEqual(['forstaa']);
    expect(records.modules[0]?.lessons).toEqual(['b-lektion', 'a-lektion']);
  });

  it('gives the same bytes whatever order the CMS returns documents in', () => {
    const reversed = published();
    reversed.lessons.reverse();
    const first = [...renderFiles(mapDocuments(published(), context), 'da')];
    const second = [...renderFiles(mapDocuments(reversed, context), 'da')];
    expect(second).toEqual(first);
    expect(first.map(([path]) => path)).toEqual([
      'da/programs/diabetes.json',
      'da/programs/kun-kolding.json',
      'da/modules/forstaa.json',
      'da/lessons/a-lektion.json',
      'da/lessons/b-lektion.json',
      'da/articles/soevn.json',
      'da/glossary/hba1c.json',
      'da/organisations/kolding.json',
      'da/organisations/odense.json',
      'da/organisations/svendborg.json',
    ]);
    expect(first[0]?.[1].endsWith('}\n')).toBe(true);
  });

  it('names the document and the field when a record breaks its schema', () => {
    const docs = published();
    docs.lessons.push({ id: 23, slug: 'Ugyldig Adresse', title: 'C', summary: '', body: null });
    expect(() => renderFiles(mapDocuments(docs, context), 'da')).toThrow(ContentError);
    expect(() => renderFiles(mapDocuments(docs, context), 'da')).toThrow(
      /lessons\/Ugyldig Adresse: passer ikke til skemaet: slug:/,
    );
  });

  it('refuses two documents with the same address', () => {
    const docs = published();
    docs.lessons.push({ id: 24, slug: 'a-lektion', title: 'Dublet', summary: '', body: null, ...national });
    expect(() => renderFiles(mapDocuments(docs, context), 'da')).toThrow(/bruges af flere dokumenter/);
  });

  it('carries owner, sharing and the recorded review, by name and never by e-mail', () => {
    const records = mapDocuments(published(), context);
    const lesson = records.lessons.find((item) => item.slug === 'a-lektion');
    expect(lesson?.sharing).toEqual({ owner: 'odense', visibility: 'national', sharedWith: [] });
    expect(lesson?.review).toEqual({
      reviewer: 'Sygeplejerske Hansen',
      reviewedAt: '2026-11-01T09:00:00.000Z',
      reviewBy: '2027-11-01T09:00:00.000Z',
    });
    expect(records.lessons.find((item) => item.slug === 'b-lektion')?.review).toEqual({
      reviewer: null,
      reviewedAt: null,
      reviewBy: null,
    });
    expect(records.programs.find((item) => item.slug === 'kun-kolding')?.sharing.sharedWith).toEqual(['kolding']);
  });

  it('lists for each municipality the programs it may offer', () => {
    const byOrganisation = Object.fromEntries(
      mapDocuments(published(), context).organisations.map((org) => [org.slug, org.programs]),
    );
    expect(byOrganisation).toEqual({
      odense: ['diabetes', 'kun-kolding'],
      kolding: ['diabetes', 'kun-kolding'],
      svendborg: ['diabetes'],
    });
  });

  it("folds a municipality's adoption of a published program into its file, without copying the program", () => {
    const kolding = mapDocuments(published(), context).organisations.find((org) => org.slug === 'kolding');
    expect(kolding?.adoptions).toEqual([
      {
        program: 'diabetes',
        localIntro: [{ type: 'paragraph', children: [{ type: 'text', text: 'Velkommen i Kolding.' }] }],
        contact: { name: 'Sundhedscentret', phone: '79 79 00 00' },
        practicalNotes: [],
      },
    ]);
  });

  it('carries the easy-read flag and reading time of articles, and glossary definitions', () => {
    const records = mapDocuments(published(), context);
    expect(records.articles.map((item) => [item.slug, item.easyRead, item.readingMinutes])).toEqual([
      ['soevn', true, 1],
    ]);
    expect(records.glossary.map((item) => [item.title, item.definition])).toEqual([['HbA1c', 'Langtidsblodsukker.']]);
    expect(records.lessons.every((item) => item.easyRead === false)).toBe(true);
  });

  it('marks a document whose text in this language is the Danish fallback', () => {
    const english: MappingContext = { ...context, locale: 'en', fallbackIds: { lessons: new Set(['22']) } };
    const lessons = mapDocuments(published(), english).lessons;
    expect(lessons.map((item) => [item.slug, item.locale, item.fallback])).toEqual([
      ['a-lektion', 'en', false],
      ['b-lektion', 'en', true],
    ]);
  });

  it('estimates reading time at 150 words a minute, at least one minute', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('ord '.repeat(450))).toBe(3);
  });
});
