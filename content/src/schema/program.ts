import { z } from 'zod';
import { provenanceShape } from './provenance.ts';
import { slugSchema } from './slug.ts';

/** A course for one audience, e.g. "Lev livet med type 2-diabetes"; modules in reading order. */
export const programSchema = z
  .object({
    slug: slugSchema,
    title: z.string().min(1),
    summary: z.string(),
    audience: z.enum(['citizens', 'staff']),
    /** Demo content is labelled on the site as such, and as not medical advice. */
    demo: z.boolean(),
    modules: z.array(slugSchema),
    ...provenanceShape,
  })
  .strict();

export type Program = z.infer<typeof programSchema>;
