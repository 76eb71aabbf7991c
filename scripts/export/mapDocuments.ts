import {
  type Adoption,
  type Article,
  type ContentCollection,
  ContentError,
  type ContentLocale,
  contactCard,
  contentCollections,
  type GlossaryTerm,
  type Lesson,
  lexicalToLessonBody,
  lexicalToRichText,
  type MediaLookup,
  type Module,
  noMedia,
  type Organisation,
  type Program,
  type Review,
  type Sharing,
} from '@sundhed/content';
import { isOfferedTo } from '../../cms/src/access/offeredTo.ts';
import { relationKey as idOf } from '../../cms/src/relationId.ts';
import { plainText, readingMinutes } from './readingMinutes.ts';

/*
 * Published CMS documents (depth 0: relations are ids) → content records. Relations become slugs,
 * in the editor's order; a relation to something unpublished is left out, so the site never links
 * to a page it does not have.
 */

export type CmsDocument = { id: number | string; slug?: unknown; [field: string]: unknown };
/** Published documents per content collection, plus the adoptions that fold into organisations. */
export type PublishedDocuments = Record<ContentCollection, CmsDocument[]> & { adoptions: CmsDocument[] };
export type ContentRecords = {
  programs: Program[];
  modules: Module[];
  lessons: Lesson[];
  articles: Article[];
  glossary: GlossaryTerm[];
  organisations: Organisation[];
};

/** What the mapping looks up beyond the documents themselves. */
export type MappingContext = {
  locale: ContentLocale;
  /** Reviewer display names by user id. */
  reviewerNames: Map<string, string>;
  /** Ids, per collection, of documents whose text in this locale is the Danish fallback. */
  fallbackIds: Partial<Record<ContentCollection, Set<string>>>;
  /** Media documents by id, with their files copied into the export; none when left out. */
  media?: MediaLookup;
};

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function slugsById(docs: CmsDocument[]): Map<string, string> {
  return new Map(docs.map((doc) => [String(doc.id), text(doc.slug)]));
}

function relatedSlugs(value: unknown, published: Map<string, string>): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((item) => published.get(idOf(item))).filter((slug): slug is string => Boolean(slug));
}

function sharing(doc: CmsDocument, organisations: Map<string, string>): Sharing {
  const visibility = doc.visibility === 'national' || doc.visibility === 'selected' ? doc.visibility : 'own';
  return {
    owner: organisations.get(idOf(doc.owner)) ?? '',
    visibility,
    sharedWith: visibility === 'selected' ? relatedSlugs(doc.sharedWith, organisations).sort() : [],
  };
}

function review(doc: CmsDocument, reviewerNames: Map<string, string>): Review {
  const approval = (doc.approval ?? {}) as { reviewer?: unknown; approvedAt?: unknown };
  const reviewer = approval.reviewer === null || approval.reviewer === undefined ? undefined : idOf(approval.reviewer);
  return {
    reviewer: reviewer ? (reviewerNames.get(reviewer) ?? null) : null,
    reviewedAt: reviewer && typeof approval.approvedAt === 'string' ? approval.approvedAt : null,
    reviewBy: typeof doc.reviewBy === 'string' ? doc.reviewBy : null,
  };
}

function adoptionsOf(organisation: string, docs: PublishedDocuments, programSlugs: Map<string, string>): Adoption[] {
  return docs.adoptions
    .filter((doc) => idOf(doc.owner) === organisation)
    .map((doc) => ({ doc, program: programSlugs.get(idOf(doc.program)) }))
    .filter((entry): entry is { doc: CmsDocument; program: string } => Boolean(entry.program))
    .map(({ doc, program }) => ({
      program,
      localIntro: lexicalToRichText(doc.localIntro, `adoptions/${doc.id}`),
      contact: contactCard(doc.contact),
      practicalNotes: lexicalToRichText(doc.practicalNotes, `adoptions/${doc.id}`),
    }))
    .sort((a, b) => a.program.localeCompare(b.program, 'en'));
}

export function mapDocuments(docs: PublishedDocuments, context: MappingContext): ContentRecords {
  const organisations = slugsById(docs.organisations);
  const programSlugs = slugsById(docs.programs);
  const moduleSlugs = slugsById(docs.modules);
  const lessonSlugs = slugsById(docs.lessons);
  const provenance = (collection: ContentCollection, doc: CmsDocument) => ({
    sharing: sharing(doc, organisations),
    review: review(doc, context.reviewerNames),
    locale: context.locale,
    fallback: context.fallbackIds[collection]?.has(String(doc.id)) ?? false,
  });

  /** What lessons and articles share: text to read, with learning blocks, and its reading time. */
  const reading = (collection: 'lessons' | 'articles', doc: CmsDocument) => {
    const body = lexicalToLessonBody(doc.body, `${collection}/${text(doc.slug)}`, context.media ?? noMedia);
    return {
      slug: text(doc.slug),
      title: text(doc.title),
      summary: text(doc.summary),
      readingMinutes: readingMinutes(text(doc.title), text(doc.summary), plainText(body)),
      easyRead: doc.easyRead === true,
      body,
    };
  };

  const programs: Program[] = docs.programs.map((doc) => ({
    slug: text(doc.slug),
    title: text(doc.title),
    summary: text(doc.summary),
    audience: doc.audience === 'staff' ? 'staff' : 'citizens',
    demo: doc.demo === true,
    modules: relatedSlugs(doc.modules, moduleSlugs),
    ...provenance('programs', doc),
  }));

  return {
    programs,
    modules: docs.modules.map((doc) => ({
      slug: text(doc.slug),
      title: text(doc.title),
      summary: text(doc.summary),
      lessons: relatedSlugs(doc.lessons, lessonSlugs),
      ...provenance('modules', doc),
    })),
    lessons: docs.lessons.map((doc) => ({ ...reading('lessons', doc), ...provenance('lessons', doc) })),
    articles: docs.articles.map((doc) => ({ ...reading('articles', doc), ...provenance('articles', doc) })),
    glossary: docs.glossary.map((doc) => ({
      slug: text(doc.slug),
      title: text(doc.title),
      definition: text(doc.definition),
      ...provenance('glossary', doc),
    })),
    organisations: docs.organisations.map((doc) => {
      const slug = text(doc.slug);
      return {
        slug,
        name: text(doc.name),
        kind: doc.kind === 'association' ? 'association' : 'municipality',
        programs: programs
          .filter((program) => isOfferedTo(program.sharing, slug))
          .map((program) => program.slug)
          .sort(),
        adoptions: adoptionsOf(String(doc.id), docs, programSlugs),
      };
    }),
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
        throw new ContentError(where, `passer ikke til skemaet: ${issues.join('; ')}`);
      }
      const path = `${locale}/${collection}/${record.slug}.json`;
      if (files.has(path)) throw new ContentError(where, 'adressen (slug) bruges af flere dokumenter');
      files.set(path, `${JSON.stringify(result.data, null, 2)}\n`);
    }
  }
  return files;
}
