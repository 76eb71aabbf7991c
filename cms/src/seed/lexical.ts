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
