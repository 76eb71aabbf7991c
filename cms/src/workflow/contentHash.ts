import { createHash } from 'node:crypto';

/*
 * A fingerprint of what a reviewer approves: the text and structure readers see, not sharing or
 * workflow fields. Relations count by id, whether they arrive populated or not.
 */

export const reviewedFields: Record<string, string[]> = {
  programs: ['title', 'summary', 'audience', 'modules'],
  modules: ['title', 'summary', 'lessons'],
  lessons: ['title', 'summary', 'body'],
  articles: ['title', 'summary', 'body'],
  glossary: ['title', 'definition'],
};

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

export function contentHash(collection: string, doc: Record<string, unknown>): string {
  const fields = reviewedFields[collection] ?? [];
  const content = Object.fromEntries(fields.map((field) => [field, normalise(doc[field])]));
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}
