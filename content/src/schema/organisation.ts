import { z } from 'zod';
import { slugSchema } from './slug.ts';

/**
 * A municipality (kommune) or patient association. `programs` lists the published programs it
 * can offer its citizens: its own, those shared nationally, and those shared with it.
 */
export const organisationSchema = z
  .object({
    slug: slugSchema,
    name: z.string().min(1),
    kind: z.enum(['municipality', 'association']),
    programs: z.array(slugSchema),
  })
  .strict();

export type Organisation = z.infer<typeof organisationSchema>;
