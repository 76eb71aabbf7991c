import { z } from 'zod';

/*
 * Rich text as plain data. Editor text reaches the site only through this tree, which the site
 * renders with escaped text nodes: nothing an editor types is ever compiled as MDX, HTML or script.
 */

const safeHrefPattern = /^(https?:\/\/|mailto:|tel:|\/(?!\/)|#)/i;

export const hrefSchema = z
  .string()
  .min(1)
  .refine((href) => safeHrefPattern.test(href), {
    message: 'Links skal starte med https://, http://, mailto:, tel:, / eller #.',
  });

export const textRunSchema = z
  .object({
    type: z.literal('text'),
    text: z.string(),
    bold: z.literal(true).optional(),
    italic: z.literal(true).optional(),
  })
  .strict();

export const lineBreakSchema = z.object({ type: z.literal('linebreak') }).strict();

export const linkSchema = z
  .object({
    type: z.literal('link'),
    href: hrefSchema,
    children: z.array(textRunSchema),
  })
  .strict();

export const inlineSchema = z.discriminatedUnion('type', [textRunSchema, lineBreakSchema, linkSchema]);

export const paragraphSchema = z.object({ type: z.literal('paragraph'), children: z.array(inlineSchema) }).strict();

export const headingSchema = z
  .object({
    type: z.literal('heading'),
    level: z.union([z.literal(2), z.literal(3), z.literal(4)]),
    children: z.array(inlineSchema),
  })
  .strict();

export const listSchema = z
  .object({
    type: z.literal('list'),
    ordered: z.boolean(),
    items: z.array(z.array(inlineSchema)),
  })
  .strict();

export const quoteSchema = z.object({ type: z.literal('quote'), children: z.array(inlineSchema) }).strict();

export const richTextBlockSchema = z.discriminatedUnion('type', [
  paragraphSchema,
  headingSchema,
  listSchema,
  quoteSchema,
]);

export const richTextSchema = z.array(richTextBlockSchema);

export type TextRun = z.infer<typeof textRunSchema>;
export type Inline = z.infer<typeof inlineSchema>;
export type RichTextBlock = z.infer<typeof richTextBlockSchema>;
export type RichText = z.infer<typeof richTextSchema>;
