import {
  type ContentCollection,
  contentCollections,
  type Lesson,
  type Module,
  type Municipality,
  type Program,
} from '@sundhed/content';
import { ExportError } from './ExportError.ts';
import { lexicalToRichText } from './lexicalToRichText.ts';
import { plainText, readingMinutes } from './readingMinutes.ts';

/*
 * Published CMS documents (depth 0: relations are ids) → content records. Relations become slugs,
 * in the editor's order; a relation to something unpublished is left out, so the site never links
 * to a page it does not have.
 */

export type CmsDocument = { id: number | string; slug?: unknown; [field: string]: unknown };
export type PublishedDocuments = Record<ContentCollection, CmsDocument[]>;
export type ContentRecords = {
  programs: Program[];
  modules: Module[];
  lessons: Lesson[];
  municipalities: Municipality[];
};

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function slugsById(docs: CmsDocument[]): Map<string, string> {
  return new Map(docs.map((doc) => [String(doc.id), text(doc.slug)]));
}

function relatedSlugs(value: unknown, published: Map<string, string>): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((item) => (typeof item === 'object' && item !== null ? (item as CmsDocument).id : item))
    .map((id) => published.get(String(id)))
    .filter((slug): slug is string => Boolean(slug));
}

export function mapDocuments(docs: PublishedDocuments): ContentRecords {
  const moduleSlugs = slugsById(docs.modules);
  const lessonSlugs = slugsById(docs.lessons);

  return {
    programs: docs.programs.map((doc) => ({
      slug: text(doc.slug),
      title: text(doc.title),
      summary: text(doc.summary),
      audience: doc.audience === 'staff' ? 'staff' : 'citizens',
      demo: doc.demo === true,
      modules: relatedSlugs(doc.modules, moduleSlugs),
    })),
    modules: docs.modules.map((doc) => ({
      slug: text(doc.slug),
      title: text(doc.title),
      summary: text(doc.summary),
      lessons: relatedSlugs(doc.lessons, lessonSlugs),
    })),
    lessons: docs.lessons.map((doc) => {
      const body = lexicalToRichText(doc.body, `lessons/${text(doc.slug)}`);
      return {
        slug: text(doc.slug),
        title: text(doc.title),
        summary: text(doc.summary),
        readingMinutes: readingMinutes(text(doc.title), text(doc.summary), plainText(body)),
        body,
      };
    }),
    municipalities: docs.municipalities.map((doc) => ({ slug: text(doc.slug), name: text(doc.name) })),
  };
}

/** Checks every record against its schema and returns each file's text, keyed by its path. */
export function renderFiles(records: ContentRecords, locale: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const collection of Object.keys(contentCollections) as ContentCollection[]) {
    const schema = contentCollections[collection];
    const sorted = [...records[collection]].sort((a, b) => a.slug.localeCompare(b.slug, 'en'));
    for (const record of sorted) {
      const where = `${collection}/${record.slug || '(uden adresse)'}`;
      const result = schema.safeParse(record);
      if (!result.success) {
        const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(dokument)'}: ${issue.message}`);
        throw new ExportError(where, `passer ikke til skemaet: ${issues.join('; ')}`);
      }
      const path = `${locale}/${collection}/${record.slug}.json`;
      if (files.has(path)) throw new ExportError(where, 'adressen (slug) bruges af flere dokumenter');
      files.set(path, `${JSON.stringify(result.data, null, 2)}\n`);
    }
  }
  return files;
}
