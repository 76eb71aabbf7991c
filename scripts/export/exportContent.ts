import {
  type ContentCollection,
  ContentError,
  type ContentLocale,
  contentCollections,
  contentLocales,
  contentRoot,
  mediaDir,
} from '@sundhed/content';
import type { CollectionSlug, Payload, TypedFallbackLocale, Where } from 'payload';
import { quietContext } from '../../cms/src/hooks/notifyPublish.ts';
import { hasOwnText } from '../../cms/src/workflow/contentHash.ts';
import { type LeftOut, leftOutChecks } from './leftOut.ts';
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
const reviewed = ['programs', 'modules', 'lessons', 'articles', 'glossary'] as const;

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

/** Each language's published documents: as the site shows them, and with only their own text. */
type Language = {
  locale: ContentLocale;
  docs: PublishedDocuments;
  own: Record<(typeof reviewed)[number], CmsDocument[]>;
};

async function readLanguage(payload: Payload, locale: ContentLocale): Promise<Language> {
  const fallbackLocale: TypedFallbackLocale = locale === defaultLocale ? false : defaultLocale;
  const docs = Object.fromEntries(
    await Promise.all(
      [...collections, 'adoptions' as const].map(
        async (name) => [name, await published(payload, name, locale, fallbackLocale)] as const,
      ),
    ),
  ) as PublishedDocuments;
  const own = Object.fromEntries(
    await Promise.all(
      reviewed.map(
        async (name) =>
          [name, locale === defaultLocale ? docs[name] : await published(payload, name, locale, false)] as const,
      ),
    ),
  ) as Language['own'];
  return { locale, docs, own };
}

/** Ids of documents that have none of their own text in the language. */
function fallbackIds(language: Language): MappingContext['fallbackIds'] {
  if (language.locale === defaultLocale) return {};
  return Object.fromEntries(
    reviewed.map((name) => [
      name,
      new Set(language.own[name].filter((doc) => !hasOwnText(doc)).map((doc) => String(doc.id))),
    ]),
  );
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

const keyOf = (collection: string, id: unknown) => `${collection}/${String(id)}`;

function withoutLeftOut(docs: PublishedDocuments, leftOut: Map<string, LeftOut>): PublishedDocuments {
  return Object.fromEntries(
    Object.entries(docs).map(([name, list]) => [name, list.filter((doc) => !leftOut.has(keyOf(name, doc.id)))]),
  ) as PublishedDocuments;
}

/** The document an export error names ("lessons/maal-dit-blodsukker", "adoptions/7"). */
function documentNamed(where: string, docs: PublishedDocuments): { collection: string; doc: CmsDocument } | undefined {
  const [collection = '', key = ''] = where.split('/', 2);
  const list = (docs as Record<string, CmsDocument[] | undefined>)[collection];
  const doc = list?.find((candidate) => candidate.slug === key || String(candidate.id) === key);
  return doc ? { collection, doc } : undefined;
}

export type ExportSummary = WriteSummary & { leftOut: LeftOut[] };

/**
 * Writes all published content to `root` (content/ by default), one folder per language. A
 * document that fails any check (its text in some language is not exactly the approved text, it
 * uses media its owner may not use, or it does not fit the content contract) is left out in every
 * language, named with its owner and the reason in the summary and on the CMS dashboard; relations
 * to it are dropped as if it were unpublished, and everything else is published.
 */
export async function exportContent(payload: Payload, root = contentRoot): Promise<ExportSummary> {
  const languages = await Promise.all(contentLocales.map((locale) => readLanguage(payload, locale)));
  const danish = languages[0]?.docs;
  if (!danish) throw new Error('no languages to export');
  const organisationNames = new Map(danish.organisations.map((doc) => [String(doc.id), String(doc.name ?? '')]));
  const leftOut = new Map<string, LeftOut>();
  const leave = (collection: string, doc: CmsDocument, reason: string) => {
    const key = keyOf(collection, doc.id);
    if (leftOut.has(key)) return;
    const owner = doc.owner === undefined || doc.owner === null ? '' : String(doc.owner);
    leftOut.set(key, {
      collection,
      id: String(doc.id),
      slug: typeof doc.slug === 'string' ? doc.slug : '',
      title: typeof doc.title === 'string' ? doc.title : typeof doc.name === 'string' ? doc.name : '',
      owner,
      ownerName: organisationNames.get(owner) ?? '',
      reason,
    });
  };

  for (const language of languages) {
    for (const collection of reviewed) {
      for (const doc of language.own[collection]) {
        for (const reason of await leftOutChecks(payload, collection, doc, language.locale))
          leave(collection, doc, reason);
      }
    }
  }

  // Render every language; a document the mapping or the schema refuses is left out and all is
  // rendered again without it (relations to it drop, as to an unpublished document).
  for (;;) {
    const files = new Map<string, string | Buffer>();
    const mediaFiles = new Map<string, Buffer>();
    const managedDirs: string[] = [mediaDir];
    try {
      for (const language of languages) {
        const docs = withoutLeftOut(language.docs, leftOut);
        const context: MappingContext = {
          locale: language.locale,
          reviewerNames: await reviewerNames(payload, docs),
          fallbackIds: fallbackIds(language),
          media: await mediaLookup(payload, language.locale, mediaFiles),
        };
        for (const [path, contents] of renderFiles(mapDocuments(docs, context), language.locale)) {
          files.set(path, contents);
        }
        managedDirs.push(...collections.map((name) => `${language.locale}/${name}`));
      }
    } catch (error) {
      const named =
        error instanceof ContentError ? documentNamed(error.where, withoutLeftOut(danish, leftOut)) : undefined;
      if (!named || !(error instanceof ContentError)) throw error;
      leave(named.collection, named.doc, error.problem);
      continue;
    }
    for (const [path, bytes] of mediaFiles) files.set(path, bytes);
    const summary = { ...writeFiles(root, managedDirs, files), leftOut: [...leftOut.values()] };
    await recordReport(payload, summary.leftOut);
    return summary;
  }
}

/** The dashboard's list of what this export left out (server code: no user, no publish hook). */
async function recordReport(payload: Payload, leftOut: LeftOut[]): Promise<void> {
  await payload.updateGlobal({
    slug: 'export-report',
    data: {
      exportedAt: new Date().toISOString(),
      leftOut: leftOut.map((entry) => ({
        collection: entry.collection,
        documentId: entry.id,
        title: entry.title,
        owner: entry.owner ? Number(entry.owner) || null : null,
        reason: entry.reason,
      })),
    },
    overrideAccess: true,
    context: quietContext(),
  });
}

export function describeSummary(summary: ExportSummary): string {
  const lines = [
    `Eksport: ${summary.added.length} nye, ${summary.changed.length} ændrede, ${summary.removed.length} fjernede, ${summary.unchanged} uændrede filer.`,
  ];
  for (const path of summary.added) lines.push(`  + ${path}`);
  for (const path of summary.changed) lines.push(`  ~ ${path}`);
  for (const path of summary.removed) lines.push(`  - ${path}`);
  if (summary.leftOut.length > 0) {
    lines.push(`Ikke udgivet (${summary.leftOut.length}), alt andet er udgivet:`);
    for (const entry of summary.leftOut) {
      lines.push(
        `  ! ${entry.collection}/${entry.slug || entry.id} "${entry.title}" (ejer: ${entry.ownerName || 'ukendt'}): ${entry.reason}`,
      );
    }
  }
  return lines.join('\n');
}
