import { z } from 'zod';

/** URL-safe identifier shared by CMS fields, export file names and site routes. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Brug kun små bogstaver a-z, tal og bindestreg (fx "maal-dit-blodsukker").');

export type Slug = z.infer<typeof slugSchema>;
