import { z } from 'zod';
import { lessonBodySchema } from './learningBlocks.ts';
import { provenanceShape } from './provenance.ts';
import { slugSchema } from './slug.ts';

/** One page of reading; progress is tracked per lesson slug. */
export const lessonSchema = z
  .object({
    slug: slugSchema,
    title: z.string().min(1),
    summary: z.string(),
    readingMinutes: z.number().int().min(1),
    /** Written in easy-read Danish (letlæst). */
    easyRead: z.boolean(),
    body: lessonBodySchema,
    ...provenanceShape,
  })
  .strict();

export type Lesson = z.infer<typeof lessonSchema>;
