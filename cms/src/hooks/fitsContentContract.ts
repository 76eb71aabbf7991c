import {
  ContentError,
  lessonBodySchema,
  lexicalToLessonBody,
  lexicalToRichText,
  type MediaLookup,
  richTextSchema,
} from '@sundhed/content';
import { APIError, type CollectionBeforeChangeHook } from 'payload';

/*
 * What the CMS accepts, the export accepts: every rich-text field is turned into the content
 * contract's tree by the export's own conversion and checked by the contract's own schema, on
 * every save, drafts included (Payload validates no drafts, and its link check lets
 * "www.sundhed.dk" through). Media blocks are checked for their structure here; their files by
 * the block's own required fields, `mediaOfOwner`, and the export, which reads them.
 */

const mediaTypes = new Set(['image', 'video', 'audio', 'download']);
const noFileYet: MediaLookup = () => ({
  alt: '',
  credit: '',
  file: { src: '', mimeType: '', bytes: 0 },
  image: { fallback: { src: '', mimeType: '', bytes: 0, width: 0, height: 0 }, sources: [] },
});

const isLexical = (value: unknown) => Boolean(value && typeof value === 'object' && (value as { root?: unknown }).root);

function problemWith(name: string, value: unknown, where: string): string | undefined {
  try {
    const checked =
      name === 'body'
        ? lessonBodySchema.safeParse(
            lexicalToLessonBody(value, where, noFileYet).filter((block) => !mediaTypes.has(block.type)),
          )
        : richTextSchema.safeParse(lexicalToRichText(value, where));
    if (checked.success) return undefined;
    const issue = checked.error.issues[0];
    return `${issue?.path.join('.') || name}: ${issue?.message}`;
  } catch (error) {
    if (error instanceof ContentError) return error.problem;
    throw error;
  }
}

export const fitsContentContract: CollectionBeforeChangeHook = ({ data, originalDoc, collection }) => {
  const where = `${collection.slug}/${String(data.slug ?? originalDoc?.slug ?? originalDoc?.id ?? 'ny')}`;
  for (const [name, value] of Object.entries(data)) {
    if (!isLexical(value)) continue;
    const problem = problemWith(name, value, where);
    if (problem) throw new APIError(`Teksten kan ikke udgives, som den står: ${problem}`, 400, undefined, true);
  }
  return data;
};
