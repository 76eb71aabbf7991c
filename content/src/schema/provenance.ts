import { z } from 'zod';
import { slugSchema } from './slug.ts';

/* Who owns a document, who it is shared with, who checked it clinically, and in which language. */

const isoDate = z.iso.datetime();

export const sharingSchema = z
  .object({
    owner: slugSchema,
    visibility: z.enum(['own', 'selected', 'national']),
    sharedWith: z.array(slugSchema),
  })
  .strict();

export const reviewSchema = z
  .object({
    /** The clinical reviewer's display name; null when no approval is recorded. */
    reviewer: z.string().min(1).nullable(),
    reviewedAt: isoDate.nullable(),
    reviewBy: isoDate.nullable(),
  })
  .strict();

export const localeSchema = z.enum(['da', 'en']);

/** Fields every owned, shareable document carries in content/. */
export const provenanceShape = {
  sharing: sharingSchema,
  review: reviewSchema,
  locale: localeSchema,
  /** True when this language had no text of its own and the Danish text stands in. */
  fallback: z.boolean(),
};

export type Sharing = z.infer<typeof sharingSchema>;
export type Review = z.infer<typeof reviewSchema>;
