import type { SeedNarration } from './types.ts';

/*
 * Builds Lexical editor state (what Payload stores for rich text) from plain strings, so seed
 * content reads as prose. `**words**` marks bold text; nothing else is interpreted.
 */

const TEXT_BOLD = 1;

type LexicalNode = { type: string; version: number; [key: string]: unknown };

function textNodes(text: string): LexicalNode[] {
  return text
    .split(/(\*\*[^*]+\*\*)/)
    .filter((part) => part !== '')
    .map((part) => {
      const bold = part.startsWith('**') && part.endsWith('**');
      return {
        type: 'text',
        text: bold ? part.slice(2, -2) : part,
        format: bold ? TEXT_BOLD : 0,
        style: '',
        mode: 'normal',
        detail: 0,
        version: 1,
      };
    });
}

const element = { format: '' as const, indent: 0, version: 1, direction: 'ltr' as const };

export const p = (text: string): LexicalNode => ({
  ...element,
  type: 'paragraph',
  textFormat: 0,
  textStyle: '',
  children: textNodes(text),
});

export const h2 = (text: string): LexicalNode => ({
  ...element,
  type: 'heading',
  tag: 'h2',
  children: textNodes(text),
});

export const ul = (items: string[]): LexicalNode => ({
  ...element,
  type: 'list',
  listType: 'bullet',
  tag: 'ul',
  start: 1,
  children: items.map((item, index) => ({ ...element, type: 'listitem', value: index + 1, children: textNodes(item) })),
});

/**
 * A learning block (quiz, callout, ...) as Lexical stores it. The id is given, not generated, so
 * demo content exports the same bytes every time and progress can refer to it.
 */
export const block = (blockType: string, id: string, fields: Record<string, unknown>): LexicalNode => ({
  type: 'block',
  version: 2,
  format: '',
  fields: { id, blockName: '', blockType, ...fields },
});

export function richText(...children: LexicalNode[]) {
  return { root: { ...element, type: 'root', children } };
}

/*
 * Media blocks name their files by seed key (see media.ts); the seed swaps each key for the id of
 * the uploaded media document.
 */
const mediaKeyPrefix = 'seed-media:';
export const mediaRef = (key: string) => `${mediaKeyPrefix}${key}`;
export const mediaKeyOf = (value: unknown): string | undefined =>
  typeof value === 'string' && value.startsWith(mediaKeyPrefix) ? value.slice(mediaKeyPrefix.length) : undefined;

/** An image from media.ts; its alt text and credit live with the media document. */
export const image = (id: string, mediaKey: string, caption?: string): LexicalNode =>
  block('image', id, { media: mediaRef(mediaKey), caption: caption ?? '' });

/** A video with its captions file, and its narration as the transcript. */
export const video = (id: string, narration: SeedNarration): LexicalNode => {
  if (!narration.captionsKey) throw new Error(`video ${id} needs a captions file`);
  return block('video', id, {
    media: mediaRef(narration.mediaKey),
    captions: mediaRef(narration.captionsKey),
    title: narration.title,
    transcript: narration.cues.join('\n'),
  });
};

/** A sound clip, with its narration as the transcript. */
export const audio = (id: string, narration: SeedNarration): LexicalNode =>
  block('audio', id, {
    media: mediaRef(narration.mediaKey),
    title: narration.title,
    transcript: narration.cues.join('\n'),
  });

/** A file to download (a PDF), shown with its size. */
export const download = (id: string, mediaKey: string, title: string, description?: string): LexicalNode =>
  block('download', id, { media: mediaRef(mediaKey), title, description: description ?? '' });
