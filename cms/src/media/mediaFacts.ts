import type { Payload } from 'payload';
import { relationKey } from '../relationId.ts';

/*
 * What a reader sees of a media item, in one language: the file's bytes (by their SHA-256), the
 * alternative text (Danish where the language has none, as the site shows it) and the credit. A
 * clinical approval covers these too; who last changed them counts for the four-eyes rule; and
 * the owner and sharing say whether a lesson's owner may use the item at all.
 */
export type MediaFacts = {
  sha256: string | null;
  alt: string;
  credit: string;
  changedBy: string;
  owner: unknown;
  visibility: unknown;
  sharedWith: unknown;
};

export async function readMediaFacts(
  payload: Payload,
  ids: readonly string[],
  locale: string,
): Promise<Map<string, MediaFacts>> {
  // No `req`: Payload sets the locale of a request passed to a nested call, and the save that asks
  // would then go on in this locale. These reads need only what is committed.
  if (ids.length === 0) return new Map();
  const { docs } = await payload.find({
    collection: 'media',
    where: { id: { in: [...ids] } },
    locale: locale as 'da',
    fallbackLocale: 'da',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  });
  return new Map(
    docs.map((doc) => [
      String(doc.id),
      {
        sha256: doc.sha256 ?? null,
        alt: doc.alt ?? '',
        credit: doc.credit ?? '',
        changedBy: relationKey(doc.changedBy),
        owner: doc.owner,
        visibility: doc.visibility,
        sharedWith: doc.sharedWith,
      },
    ]),
  );
}
