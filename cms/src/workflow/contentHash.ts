import { createHash } from 'node:crypto';
import type { MediaFacts } from '../media/mediaFacts.ts';
import { mediaIdsIn } from '../media/mediaReferences.ts';

/*
 * A fingerprint of what a reviewer approves: everything a reader sees of the document in one
 * language (text, structure, the demo label, the easy-read mark) and of the media it uses (the
 * file's bytes, alternative text, credit), not sharing or workflow fields. Relations count by id,
 * whether they arrive populated or not. The CMS records it at approval; the export recomputes it
 * and leaves out any document whose text is not exactly the approved text.
 */

export const reviewedFields: Record<string, string[]> = {
  programs: ['title', 'summary', 'audience', 'demo', 'modules'],
  modules: ['title', 'summary', 'lessons'],
  lessons: ['title', 'summary', 'easyRead', 'body'],
  articles: ['title', 'summary', 'easyRead', 'body'],
  glossary: ['title', 'definition'],
};

/** Text fields whose absence in a language means the reader gets the Danish text instead. */
export const translatedFields = ['title', 'summary', 'body', 'definition'];

const isMissing = (value: unknown) => value === null || value === undefined || value === '';

/** Whether a document has any text of its own in the language it was read in (no fallback). */
export const hasOwnText = (doc: Record<string, unknown>) => translatedFields.some((field) => !isMissing(doc[field]));

/** Nothing is nothing: a missing list, an empty one and an empty string hash the same. */
function normalise(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(normalise);
  if (value && typeof value === 'object') {
    if ('id' in value && Object.keys(value).length > 1 && 'createdAt' in value) return (value as { id: unknown }).id;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== '$' && key !== 'id')
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, normalise(inner)]),
    );
  }
  return value;
}

/** The media ids a document's fingerprint depends on (read their facts before hashing). */
export const mediaUsedBy = (doc: Record<string, unknown>): string[] => mediaIdsIn(doc.body);

export function contentHash(
  collection: string,
  doc: Record<string, unknown>,
  media: ReadonlyMap<string, MediaFacts>,
): string {
  const fields = reviewedFields[collection] ?? [];
  const content = Object.fromEntries(fields.map((field) => [field, normalise(doc[field])]));
  const seen = mediaUsedBy(doc).map((id) => {
    const facts = media.get(id);
    return facts ? [id, facts.sha256, facts.alt, facts.credit] : [id, null];
  });
  return createHash('sha256')
    .update(JSON.stringify({ ...content, media: seen }))
    .digest('hex');
}
