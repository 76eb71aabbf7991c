import { z } from 'zod';
import { provenanceShape } from './provenance.ts';
import { slugSchema } from './slug.ts';

/** A word explained in plain language. */
export const glossaryTermSchema = z
  .object({
    slug: slugSchema,
    title: z.string().min(1),
    definition: z.string().min(1),
    ...provenanceShape,
  })
  .strict();

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
