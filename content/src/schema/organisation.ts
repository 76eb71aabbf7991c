import { z } from 'zod';
import { richTextSchema } from './richText.ts';
import { slugSchema } from './slug.ts';

/** A local contact for an adopted program; only the fields the municipality filled in. */
export const contactCardSchema = z
  .object({
    name: z.string().min(1).optional(),
    role: z.string().min(1).optional(),
    phone: z.string().min(1).optional(),
    email: z.email().optional(),
    hours: z.string().min(1).optional(),
  })
  .strict();

/** A program the organisation has adopted, with its local parts; the program itself is shared. */
export const adoptionSchema = z
  .object({
    program: slugSchema,
    localIntro: richTextSchema,
    contact: contactCardSchema.nullable(),
    practicalNotes: richTextSchema,
  })
  .strict();

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
    adoptions: z.array(adoptionSchema),
  })
  .strict();

export type Organisation = z.infer<typeof organisationSchema>;
export type Adoption = z.infer<typeof adoptionSchema>;
export type ContactCard = z.infer<typeof contactCardSchema>;
