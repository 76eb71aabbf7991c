import { z } from 'zod';
import { blockIdSchema as blockId } from './blockId.ts';
import { audioBlockSchema, downloadBlockSchema, imageBlockSchema, videoBlockSchema } from './media.ts';
import { contactCardSchema } from './organisation.ts';
import { richTextBlockSchema } from './richText.ts';

/*
 * The interactive and highlighted parts of a lesson, as data. Each has an `id` that stays the same
 * across edits, so a reader's answers and reflections (SCORM suspend_data) can refer to it.
 */

const text = z.string().trim().min(1);

export const calloutSchema = z
  .object({
    type: z.literal('callout'),
    id: blockId,
    tone: z.enum(['info', 'warning', 'contact-doctor']),
    title: text.optional(),
    text,
  })
  .strict();

export const quizOptionSchema = z.object({ text, correct: z.boolean(), feedback: text.optional() }).strict();

export const quizSchema = z
  .object({
    type: z.literal('quiz'),
    id: blockId,
    question: text,
    /** Several answers may be right (checkboxes) or exactly one (radio buttons). */
    multiple: z.boolean(),
    options: z.array(quizOptionSchema).min(2),
  })
  .strict()
  .refine((quiz) => quiz.options.some((option) => option.correct), {
    message: 'Mindst ét svar skal være rigtigt.',
    path: ['options'],
  })
  .refine((quiz) => quiz.multiple || quiz.options.filter((option) => option.correct).length === 1, {
    message: 'Et spørgsmål med ét svar skal have præcis ét rigtigt svar.',
    path: ['options'],
  });

export const reflectionSchema = z
  .object({ type: z.literal('reflection'), id: blockId, prompt: text, hint: text.optional() })
  .strict();

export const checklistSchema = z
  .object({
    type: z.literal('checklist'),
    id: blockId,
    /** A personal goal to set, or a list of things to do. */
    kind: z.enum(['goal', 'checklist']),
    title: text,
    items: z.array(z.object({ text }).strict()).min(1),
  })
  .strict();

/** Who to call or write to: a health centre, a team, a nurse. */
export const contactBlockSchema = z
  .object({ type: z.literal('contact'), id: blockId, card: contactCardSchema })
  .strict()
  .refine((block) => Object.keys(block.card).length > 0, { message: 'Kontaktkortet er tomt.', path: ['card'] });

export const learningBlockSchema = z.union([
  calloutSchema,
  quizSchema,
  reflectionSchema,
  checklistSchema,
  contactBlockSchema,
  imageBlockSchema,
  videoBlockSchema,
  audioBlockSchema,
  downloadBlockSchema,
]);

/** A lesson's body: rich text with learning blocks between the paragraphs. */
export const lessonBodySchema = z.array(z.union([richTextBlockSchema, learningBlockSchema]));

export type Callout = z.infer<typeof calloutSchema>;
export type Quiz = z.infer<typeof quizSchema>;
export type Reflection = z.infer<typeof reflectionSchema>;
export type Checklist = z.infer<typeof checklistSchema>;
export type ContactBlock = z.infer<typeof contactBlockSchema>;
export type LearningBlock = z.infer<typeof learningBlockSchema>;
export type LessonBody = z.infer<typeof lessonBodySchema>;
