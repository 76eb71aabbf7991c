import {
  type ContentCollection,
  type ContentLocale,
  contentCollections,
  contentLocales,
  contentRoot,
  mediaDir,
} from '@sundhed/content';
import type { CollectionSlug, Payload, TypedFallbackLocale, Where } from 'payload';
import {
  type CmsDocument,
  type MappingContext,
  mapDocuments,
  type PublishedDocuments,
  renderFiles,
} from './mapDocuments.ts';
import { mediaLookup } from './mediaLookup.ts';
import { type WriteSummary, writeFiles } from './writeFiles.ts';

const collections = Object.keys(contentCollections) as ContentCollection[];
const defaultLocale: ContentLocale = 'da';
/** Text fields whose absence in a language means the reader gets the Danish text instead. */
const translatedFields = ['title', 'summary', 'body', 'definition'];

/** Where each kind of content comes from in the CMS. */
const sources: Record<ContentCollection | 'adoptions', CollectionSlug> = {
  programs: 'programs',
  modules: 'modules',
  lessons: 'lessons',
  articles: 'articles',
  glossary: 'glossary',
  organisations: 'organisations',
  adoptions: 'adoptions',
};

async function published(
  payload: Payload,
  name: ContentCollection | 'adoptions',
  locale: ContentLocale,
  fallbackLocale: TypedFallbackLocale,
): Promise<CmsDocument[]> {
  const collection = sources[name];
  const hasDrafts = Boolean(payload.collections[collection]?.config.versions?.drafts);
  const where: Where = hasDrafts ? { _status: { equals: 'published' } } : {};
  const { docs } = await payload.find({
    collection,
    where,
    locale,
    fallbackLocale,
    depth: 0,
    draft: false,
    pagination: false,
    overrideAccess: true,
    sort: 'slug',
  });
  return docs as unknown as CmsDocument[];
}

const isMissing = (value: unknown) => value === null || value === undefined || value === '';

/** Ids of documents that have none of their own text in `locale`. */
async function fallbackIds(payload: Payload, locale: ContentLocale): Promise<MappingContext['fallbackIds']> {
  if (locale === defaultLocale) return {};
  const result: MappingContext['fallbackIds'] = {};
  for (const name of ['programs', 'modules', 'lessons', 'articles', 'glossary'] as const) {
    const own = await published(payload, name, locale, false);
    const translated = (doc: CmsDocument) => translatedFields.some((field) => !isMissing(doc[field]));
    result[name] = new Set(own.filter((doc) => !translated(doc)).map((doc) => String(doc.id)));
  }
  return result;
}

async function reviewerNames(payload: Payload, docs: PublishedDocuments): Promise<Map<string, string>> {
  const ids = new Set<string>();
  for (const doc of [...docs.programs, ...docs.modules, ...docs.lessons, ...docs.articles, ...docs.glossary]) {
    const reviewer = (doc.approval as { reviewer?: unknown } | undefined)?.reviewer;
    if (reviewer !== null && reviewer !== undefined) ids.add(String(reviewer));
  }
  if (ids.size === 0) return new Map();
  const { docs: users } = await payload.find({
    collection: 'users',
    where: { id: { in: [...ids] } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  });
  // A name, never an e-mail address: this goes on the public site.
  return new Map(users.map((user) => [String(user.id), user.name?.trim() || 'Klinisk reviewer']));
}

/**
 * Writes all published content to `root` (content/ by default), one folder per language. Every
 * file is checked against its schema before anything is written, so a bad document stops the
 * export and leaves content/ as it was.
 */
export async function exportContent(payload: Payload, root = contentRoot): Promise<WriteSummary> {
  const files = new Map<string, string | Buffer>();
  const mediaFiles = new Map<string, Buffer>();
  const managedDirs: string[] = [mediaDir];
  for (const locale of contentLocales) {
    const fallbackLocale: TypedFallbackLocale = locale === defaultLocale ? false : defaultLocale;
    const docs = Object.fromEntries(
      await Promise.all(
        [...collections, 'adoptions' as const].map(
          async (name) => [name, await published(payload, name, locale, fallbackLocale)] as const,
        ),
      ),
    ) as PublishedDocuments;
    const context: MappingContext = {
      locale,
      reviewerNames: await reviewerNames(payload, docs),
      fallbackIds: await fallbackIds(payload, locale),
      media: await mediaLookup(payload, locale, mediaFiles),
    };
    for (const [path, contents] of renderFiles(mapDocuments(docs, context), locale)) files.set(path, contents);
    managedDirs.push(...collections.map((name) => `${locale}/${name}`));
  }
  for (const [path, bytes] of mediaFiles) files.set(path, bytes);
  return writeFiles(root, managedDirs, files);
}

export function describeSummary(summary: WriteSummary): string {
  const lines = [
    `Eksport: ${summary.added.length} nye, ${summary.changed.length} ændrede, ${summary.removed.length} fjernede, ${summary.unchanged} uændrede filer.`,
  ];
  for (const path of summary.added) lines.push(`  + ${path}`);
  for (const path of summary.changed) lines.push(`  ~ ${path}`);
  for (const path of summary.removed) lines.push(`  - ${path}`);
  return lines.join('\n');
}
