import { join } from 'node:path';
import type { Payload } from 'payload';
import { quietContext } from '../hooks/notifyPublish.ts';
import { mediaKeyOf } from './lexical.ts';
import { demoDrawingFiles, mealPlanMedia, narratedMedia, type SeedMedia } from './media.ts';
import { demoPrograms, demoTranslations } from './programs/index.ts';

const assetsDir = join(import.meta.dirname, 'assets');

type Sharing = { owner: number; visibility: 'national' | 'selected' | 'own'; sharedWith: number[] };

/** Uploads the demo media library, each file owned and shared like its program; returns ids by key. */
export async function seedMedia(
  payload: Payload,
  sharingOf: (programSlug: string) => Sharing,
): Promise<Map<string, number>> {
  const english = Object.values(demoTranslations).flatMap((translation) => translation.narrations);
  const library: SeedMedia[] = [...demoDrawingFiles(), ...narratedMedia(demoPrograms, english), mealPlanMedia];
  const ids = new Map<string, number>();
  for (const media of library) {
    const created = await payload.create({
      collection: 'media',
      locale: 'da',
      data: { alt: media.alt.da, credit: media.credit, ...sharingOf(media.program) },
      filePath: join(assetsDir, media.file),
      context: quietContext(),
    });
    if (media.alt.en) {
      await payload.update({
        collection: 'media',
        id: created.id,
        locale: 'en',
        data: { alt: media.alt.en },
        context: quietContext(),
      });
    }
    ids.set(media.key, created.id);
  }
  return ids;
}

/** The seed's rich text with every media key swapped for the uploaded document's id. */
export function withMediaIds<T>(value: T, ids: Map<string, number>): T {
  const swap = (node: unknown): unknown => {
    const key = mediaKeyOf(node);
    if (key !== undefined) {
      const id = ids.get(key);
      if (id === undefined) throw new Error(`seed: no media file with key "${key}"`);
      return id;
    }
    if (Array.isArray(node)) return node.map(swap);
    if (node && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([name, inner]) => [name, swap(inner)]));
    }
    return node;
  };
  return swap(value) as T;
}
