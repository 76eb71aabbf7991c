import { z } from 'zod';
import { slugSchema } from './slug.ts';

/** A municipality (kommune) that runs a health centre. */
export const municipalitySchema = z
  .object({
    slug: slugSchema,
    name: z.string().min(1),
  })
  .strict();

export type Municipality = z.infer<typeof municipalitySchema>;
