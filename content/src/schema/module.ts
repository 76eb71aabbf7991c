import { z } from 'zod';
import { provenanceShape } from './provenance.ts';
import { slugSchema } from './slug.ts';

/** A chapter of a program; lessons in reading order. */
export const moduleSchema = z
  .object({
    slug: slugSchema,
    title: z.string().min(1),
    summary: z.string(),
    lessons: z.array(slugSchema),
    ...provenanceShape,
  })
  .strict();

export type Module = z.infer<typeof moduleSchema>;
