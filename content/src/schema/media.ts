import { z } from 'zod';
import { blockIdSchema } from './blockId.ts';

/*
 * Files that lessons show or offer: copied by the export into content/media/ under a name made
 * from their bytes, so a file never changes under its name and can be cached for good.
 */

/** The file types the site publishes, and the extension each is published under. */
export const mediaExtensions: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'audio/ogg': 'ogg',
  'audio/webm': 'webm',
  'text/vtt': 'vtt',
  'application/pdf': 'pdf',
};

/** A published file's name: its SHA-256 prefix and an extension; nothing else can reach the site. */
export const mediaFileNamePattern = new RegExp(
  `^[0-9a-f]{16}\\.(${[...new Set(Object.values(mediaExtensions))].join('|')})$`,
);
export const mediaDir = 'media';

export const mediaFileSchema = z
  .object({
    /** Path from the site root: /media/<name>. */
    src: z
      .string()
      .refine((src) => mediaFileNamePattern.test(src.replace(/^\/media\//, '')) && src.startsWith('/media/'), {
        message: 'Mediefiler skal ligge i /media/ med et navn fra eksporten.',
      }),
    mimeType: z.string().regex(/^(image|video|audio|text|application)\/[a-z0-9.+-]+$/),
    bytes: z.number().int().positive(),
  })
  .strict();

export const imageFileSchema = mediaFileSchema
  .extend({ width: z.number().int().positive(), height: z.number().int().positive() })
  .strict();

const text = z.string().trim().min(1);

/** Who made it, and what it shows for those who cannot see or hear it. */
const described = { alt: text, credit: text };

export const imageBlockSchema = z
  .object({
    type: z.literal('image'),
    id: blockIdSchema,
    ...described,
    caption: text.optional(),
    /** What `<img src>` shows: the widest WebP copy, or the upload itself when too small for copies. */
    fallback: imageFileSchema,
    /** Smaller copies, AVIF first: the browser picks the first format it knows and the width it needs. */
    sources: z.array(z.object({ format: z.enum(['avif', 'webp']), files: z.array(imageFileSchema).min(1) }).strict()),
  })
  .strict();

export const videoBlockSchema = z
  .object({
    type: z.literal('video'),
    id: blockIdSchema,
    title: text,
    ...described,
    file: mediaFileSchema,
    captions: mediaFileSchema.extend({ mimeType: z.literal('text/vtt') }).strict(),
    transcript: text,
  })
  .strict();

export const audioBlockSchema = z
  .object({
    type: z.literal('audio'),
    id: blockIdSchema,
    title: text,
    ...described,
    file: mediaFileSchema,
    transcript: text,
  })
  .strict();

export const downloadBlockSchema = z
  .object({
    type: z.literal('download'),
    id: blockIdSchema,
    title: text,
    description: text.optional(),
    ...described,
    file: mediaFileSchema,
  })
  .strict();

export type MediaFile = z.infer<typeof mediaFileSchema>;
export type ImageFile = z.infer<typeof imageFileSchema>;
export type ImageBlock = z.infer<typeof imageBlockSchema>;
export type VideoBlock = z.infer<typeof videoBlockSchema>;
export type AudioBlock = z.infer<typeof audioBlockSchema>;
export type DownloadBlock = z.infer<typeof downloadBlockSchema>;
