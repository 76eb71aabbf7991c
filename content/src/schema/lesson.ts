import { z } from 'zod';
import { provenanceShape } from './provenance.ts';
import { richTextSchema } from './richText.ts';
import { slugSchema } from './slug.ts';

/** One page of reading; progress is tracked per lesson slug. */
export const lessonSchema = z
  .object({
    slug: slugSchema,
    title: z.string().min(1),
    summary: z.string(),
    readingMinutes: z.number().int().min(1),
    body: richTextSchema,
    ...provenanceShape,
  })
  .strict();

export type Lesson = z.infer<typeof lessonSchema>;
