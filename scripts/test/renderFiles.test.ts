import { describe, expect, it } from 'vitest';
import { p, richText } from '../../cms/src/seed/lexical.ts';
import { ExportError } from '../export/ExportError.ts';
import { mapDocuments, type PublishedDocuments, renderFiles } from '../export/mapDocuments.ts';
import { readingMinutes } from '../export/readingMinutes.ts';

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
      },
    ],
    modules: [{ id: 11, slug: 'forstaa', title: 'Forstå', summary: '', lessons: [22, 21, 99] }],
    lessons: [
      { id: 21, slug: 'a-lektion', title: 'A', summary: '', body: richText(p('Første')) },
      { id: 22, slug: 'b-lektion', title: 'B', summary: '', body: richText(p('Anden')) },
    ],
    municipalities: [{ id: 5, slug: 'odense', name: 'Odense Kommune' }],
  };
}

describe('mapping published documents to content files', () => {
  it('turns relations into slugs in the editor order, leaving out unpublished ones', () => {
    const records = mapDocuments(published());
    expect(records.programs[0]?.modules).toEqual(['forstaa']);
    expect(records.modules[0]?.lessons).toEqual(['b-lektion', 'a-lektion']);
  });

  it('gives the same bytes whatever order the CMS returns documents in', () => {
    const reversed = published();
    reversed.lessons.reverse();
    const first = [...renderFiles(mapDocuments(published()), 'da')];
    const second = [...renderFiles(mapDocuments(reversed), 'da')];
    expect(second).toEqual(first);
    expect(first.map(([path]) => path)).toEqual([
      'da/programs/diabetes.json',
      'da/modules/forstaa.json',
      'da/lessons/a-lektion.json',
      'da/lessons/b-lektion.json',
      'da/municipalities/odense.json',
    ]);
    expect(first[0]?.[1].endsWith('}\n')).toBe(true);
  });

  it('names the document and the field when a record breaks its schema', () => {
    const docs = published();
    docs.lessons.push({ id: 23, slug: 'Ugyldig Adresse', title: 'C', summary: '', body: null });
    expect(() => renderFiles(mapDocuments(docs), 'da')).toThrow(ExportError);
    expect(() => renderFiles(mapDocuments(docs), 'da')).toThrow(
      /lessons\/Ugyldig Adresse: passer ikke til skemaet: slug:/,
    );
  });

  it('refuses two documents with the same address', () => {
    const docs = published();
    docs.lessons.push({ id: 24, slug: 'a-lektion', title: 'Dublet', summary: '', body: null });
    expect(() => renderFiles(mapDocuments(docs), 'da')).toThrow(/bruges af flere dokumenter/);
  });

  it('estimates reading time at 150 words a minute, at least one minute', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('ord '.repeat(450))).toBe(3);
  });
});
