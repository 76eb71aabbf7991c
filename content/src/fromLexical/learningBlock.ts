import type { LearningBlock } from '../schema/learningBlocks.ts';
import { ContentError } from './ContentError.ts';
import { contactCard } from './contactCard.ts';
import type { MediaLookup } from './publishedMedia.ts';

/*
 * A Lexical block node's fields → a learning block record. Text is copied as text. Optional
 * texts are left out when empty, so an unfilled field does not reach the page as "".
 */

type Fields = Record<string, unknown>;

const textOf = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const optional = <K extends string>(key: K, value: unknown): Partial<Record<K, string>> => {
  const text = textOf(value);
  return text ? ({ [key]: text } as Record<K, string>) : {};
};
const rows = (value: unknown): Fields[] => (Array.isArray(value) ? (value as Fields[]) : []);

/** Media blocks: the file's alt text and credit travel with the block, so the page needs nothing else. */
function mediaBlock(fields: Fields, id: string, where: string, media: MediaLookup): LearningBlock {
  const found = media(fields.media, where);
  const described = { alt: found.alt, credit: found.credit };
  switch (fields.blockType) {
    case 'image': {
      if (!found.image) throw new ContentError(where, `billedblokken ${id} peger ikke på et billede`);
      return { type: 'image', id, ...described, ...optional('caption', fields.caption), ...found.image };
    }
    case 'video':
      return {
        type: 'video',
        id,
        title: textOf(fields.title),
        ...described,
        file: found.file,
        captions: { ...media(fields.captions, where).file, mimeType: 'text/vtt' },
        transcript: textOf(fields.transcript),
      };
    case 'audio':
      return {
        type: 'audio',
        id,
        title: textOf(fields.title),
        ...described,
        file: found.file,
        transcript: textOf(fields.transcript),
      };
    default:
      return {
        type: 'download',
        id,
        title: textOf(fields.title),
        ...optional('description', fields.description),
        ...described,
        file: found.file,
      };
  }
}

const mediaBlockTypes = new Set(['image', 'video', 'audio', 'download']);

export function learningBlock(fields: Fields, where: string, media: MediaLookup): LearningBlock {
  const id = textOf(fields.id);
  if (mediaBlockTypes.has(String(fields.blockType))) return mediaBlock(fields, id, where, media);
  switch (fields.blockType) {
    case 'callout':
      return {
        type: 'callout',
        id,
        tone: fields.tone === 'warning' || fields.tone === 'contact-doctor' ? fields.tone : 'info',
        ...optional('title', fields.title),
        text: textOf(fields.text),
      };
    case 'quiz':
      return {
        type: 'quiz',
        id,
        question: textOf(fields.question),
        multiple: fields.multiple === true,
        options: rows(fields.options).map((option) => ({
          text: textOf(option.text),
          correct: option.correct === true,
          ...optional('feedback', option.feedback),
        })),
      };
    case 'reflection':
      return { type: 'reflection', id, prompt: textOf(fields.prompt), ...optional('hint', fields.hint) };
    case 'checklist':
      return {
        type: 'checklist',
        id,
        kind: fields.kind === 'goal' ? 'goal' : 'checklist',
        title: textOf(fields.title),
        items: rows(fields.items).map((item) => ({ text: textOf(item.text) })),
      };
    case 'contact':
      return { type: 'contact', id, card: contactCard(fields) ?? {} };
    default:
      throw new ContentError(where, `ukendt læringsblok "${String(fields.blockType)}"`);
  }
}
