import type { Inline, LearningBlock, LessonBody } from '@sundhed/content';

/** Words a minute for plain-language reading; slower than the usual 200-250 on purpose. */
const WORDS_PER_MINUTE = 150;

function inlineText(inline: Inline): string {
  if (inline.type === 'text') return inline.text;
  if (inline.type === 'link') return inline.children.map((child) => child.text).join('');
  return ' ';
}

function learningText(block: LearningBlock): string {
  switch (block.type) {
    case 'callout':
      return `${block.title ?? ''} ${block.text}`;
    case 'quiz':
      return [block.question, ...block.options.map((option) => `${option.text} ${option.feedback ?? ''}`)].join(' ');
    case 'reflection':
      return `${block.prompt} ${block.hint ?? ''}`;
    case 'checklist':
      return [block.title, ...block.items.map((item) => item.text)].join(' ');
    case 'contact':
      return Object.values(block.card).join(' ');
    case 'image':
      return block.caption ?? '';
    // Spoken at about reading pace, so the transcript stands in for the clip's length.
    case 'video':
    case 'audio':
      return `${block.title} ${block.transcript}`;
    case 'download':
      return `${block.title} ${block.description ?? ''}`;
  }
}

export function plainText(body: LessonBody): string {
  return body
    .map((block) => {
      if (block.type === 'list') return block.items.map((item) => item.map(inlineText).join('')).join(' ');
      if ('children' in block) return block.children.map(inlineText).join('');
      return learningText(block);
    })
    .join(' ');
}

export function readingMinutes(...texts: string[]): number {
  const words = texts.join(' ').split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
