import type { Inline, RichText } from '@sundhed/content';

/** Words a minute for plain-language reading; slower than the usual 200-250 on purpose. */
const WORDS_PER_MINUTE = 150;

function inlineText(inline: Inline): string {
  if (inline.type === 'text') return inline.text;
  if (inline.type === 'link') return inline.children.map((child) => child.text).join('');
  return ' ';
}

export function plainText(body: RichText): string {
  return body
    .map((block) => {
      if (block.type === 'list') return block.items.map((item) => item.map(inlineText).join('')).join(' ');
      return block.children.map(inlineText).join('');
    })
    .join(' ');
}

export function readingMinutes(...texts: string[]): number {
  const words = texts.join(' ').split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
