import { type ContentCollection, contentCollections, contentLocales, contentRoot } from '@sundhed/content';
import type { CollectionSlug, Payload, Where } from 'payload';
import { type CmsDocument, mapDocuments, type PublishedDocuments, renderFiles } from './mapDocuments.ts';
import { type WriteSummary, writeFiles } from './writeFiles.ts';

const collections = Object.keys(contentCollections) as ContentCollection[];

/** Where each kind of content comes from in the CMS. */
const sources: Record<ContentCollection, { collection: CollectionSlug; where?: Where }> = {
  programs: { collection: 'programs' },
  modules: { collection: 'modules' },
  lessons: { collection: 'lessons' },
  municipalities: { collection: 'organisations', where: { kind: { equals: 'municipality' } } },
};

async function published(payload: Payload, name: ContentCollection, locale: string): Promise<CmsDocument[]> {
  const { collection, where: selection } = sources[name];
  const hasDrafts = Boolean(payload.collections[collection]?.config.versions?.drafts);
  const conditions = [selection, hasDrafts ? { _status: { equals: 'published' } } : undefined].filter(
    (condition): condition is Where => condition !== undefined,
  );
  const { docs } = await payload.find({
    collection,
    where: { and: conditions },
    locale: locale as 'da',
    depth: 0,
    draft: false,
    pagination: false,
    overrideAccess: true,
    sort: 'slug',
  });
  return docs as unknown as CmsDocument[];
}

/**
 * Writes all published content to `root` (content/ by default). Every file is checked against its
 * schema before anything is written, so a bad document stops the export and leaves content/ as it was.
 */
export async function exportContent(payload: Payload, root = contentRoot): Promise<WriteSummary> {
  const files = new Map<string, string>();
  const managedDirs: string[] = [];
  for (const locale of contentLocales) {
    const docs = Object.fromEntries(
      await Promise.all(collections.map(async (name) => [name, await published(payload, name, locale)] as const)),
    ) as PublishedDocuments;
    for (const [path, contents] of renderFiles(mapDocuments(docs), locale)) files.set(path, contents);
    managedDirs.push(...collections.map((name) => `${locale}/${name}`));
  }
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
