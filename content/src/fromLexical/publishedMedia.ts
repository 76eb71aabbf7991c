import type { ImageFile, MediaFile } from '../schema/media.ts';

/* A media library item as a learning block shows it, and how the conversion finds one by id. */

type ImageSource = { format: 'avif' | 'webp'; files: ImageFile[] };
export type PublishedMedia = {
  alt: string;
  credit: string;
  file: MediaFile;
  /** Pictures only: responsive copies, and what `<img src>` shows. */
  image?: { fallback: ImageFile; sources: ImageSource[] };
};
/** Finds a media document by the id a block holds (the export also copies its files). */
export type MediaLookup = (value: unknown, where: string) => PublishedMedia;
