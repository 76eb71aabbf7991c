import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ContentError,
  type ContentLocale,
  type ImageFile,
  type MediaFile,
  type MediaLookup,
  mediaDir,
  mediaExtensions,
  type PublishedMedia,
} from '@sundhed/content';
import type { Payload } from 'payload';
import { relationKey } from '../../cms/src/relationId.ts';

/*
 * Media documents as the site gets them: alt text in the export's language, credit, and files
 * copied under names made from their bytes. Only files that a published lesson asks for are
 * copied, so an unpublished or private upload never reaches content/.
 */

type StoredFile = { filename?: string | null; mimeType?: string | null; width?: number | null; height?: number | null };
type MediaDocument = StoredFile & {
  id: number | string;
  alt?: unknown;
  credit?: unknown;
  sizes?: Record<string, StoredFile>;
};

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

export async function mediaLookup(
  payload: Payload,
  locale: ContentLocale,
  output: Map<string, Buffer>,
): Promise<MediaLookup> {
  const upload = payload.collections.media?.config.upload;
  const staticDir = typeof upload === 'object' && upload.staticDir ? upload.staticDir : '';
  const { docs } = await payload.find({
    collection: 'media',
    locale,
    fallbackLocale: 'da',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  });
  const byId = new Map((docs as unknown as MediaDocument[]).map((doc) => [String(doc.id), doc]));
  const copied = new Map<string, MediaFile>();

  const copy = (stored: StoredFile, where: string): MediaFile => {
    const filename = text(stored.filename);
    const already = copied.get(filename);
    if (already) return already;
    const mimeType = text(stored.mimeType);
    const extension = mediaExtensions[mimeType];
    if (!extension) throw new ContentError(where, `filtypen "${mimeType}" kan ikke udgives`);
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(staticDir, filename));
    } catch {
      throw new ContentError(where, `mediefilen "${filename}" mangler på disken`);
    }
    const name = `${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.${extension}`;
    output.set(`${mediaDir}/${name}`, bytes);
    const file = { src: `/${mediaDir}/${name}`, mimeType, bytes: bytes.length };
    copied.set(filename, file);
    return file;
  };

  const imageFile = (stored: StoredFile, where: string): ImageFile => ({
    ...copy(stored, where),
    width: stored.width ?? 0,
    height: stored.height ?? 0,
  });

  const responsive = (doc: MediaDocument, where: string): PublishedMedia['image'] => {
    const made = Object.values(doc.sizes ?? {}).filter((size) => size.filename);
    const sources = (['avif', 'webp'] as const)
      .map((format) => ({
        format,
        files: made
          .filter((size) => size.mimeType === `image/${format}`)
          .sort((a, b) => (a.width ?? 0) - (b.width ?? 0))
          .map((size) => imageFile(size, where)),
      }))
      .filter((source) => source.files.length > 0);
    const widestWebp = sources.find((source) => source.format === 'webp')?.files.at(-1);
    return { fallback: widestWebp ?? imageFile(doc, where), sources };
  };

  return (value, where) => {
    const doc = byId.get(relationKey(value));
    if (!doc) throw new ContentError(where, `mediefil ${relationKey(value)} findes ikke`);
    const isImage = text(doc.mimeType).startsWith('image/');
    const image = isImage ? responsive(doc, where) : undefined;
    return {
      alt: text(doc.alt),
      credit: text(doc.credit),
      // A picture's own upload is only copied when it is what `<img src>` shows.
      file: image ? image.fallback : copy(doc, where),
      ...(image ? { image } : {}),
    };
  };
}
