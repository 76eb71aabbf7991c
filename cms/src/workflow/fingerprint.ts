import type { Field, Payload } from 'payload';
import { type MediaFacts, readMediaFacts } from '../media/mediaFacts.ts';
import { contentHash, mediaUsedBy } from './contentHash.ts';

/*
 * The approval fingerprint of a document in one language, with the facts of the media it uses
 * (read in that language). Shared by the review hook, which records and checks it, and the
 * export, which checks it again before anything reaches the site.
 */
export async function fingerprint(
  payload: Payload,
  collection: string,
  doc: Record<string, unknown>,
  locale: string,
): Promise<{ hash: string; media: Map<string, MediaFacts> }> {
  const media = await readMediaFacts(payload, mediaUsedBy(doc), locale);
  return { hash: contentHash(collection, doc, media), media };
}

/**
 * One language's view of a document read with `locale: 'all'`: localized top-level fields hold
 * `{ da, en }`, the others their value. What the review hook sees when it saves in that language.
 */
export function localeView(fields: Field[], doc: Record<string, unknown>, locale: string): Record<string, unknown> {
  const localized = new Set(
    fields.flatMap((field) => ('name' in field && 'localized' in field && field.localized ? [field.name] : [])),
  );
  return Object.fromEntries(
    Object.entries(doc).map(([name, value]) => [
      name,
      localized.has(name) && value && typeof value === 'object'
        ? ((value as Record<string, unknown>)[locale] ?? null)
        : value,
    ]),
  );
}
