import { z } from 'zod';
import { lessonBodySchema } from './learningBlocks.ts';
import { provenanceShape } from './provenance.ts';
import { slugSchema } from './slug.ts';

/** Reading material outside the programs. */
export const articleSchema = z
  .object({
    slug: slugSchema,
    title: z.string().min(1),
    summary: z.string(),
    readingMinutes: z.number().int().min(1),
    easyRead: z.boolean(),
    body: lessonBodySchema,
    ...provenanceShape,
  })
  .strict();

export type Article = z.infer<typeof articleSchema>;
