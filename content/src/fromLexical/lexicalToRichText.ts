import type { LessonBody } from '../schema/learningBlocks.ts';
import { hrefSchema, type Inline, type RichText, type RichTextBlock, type TextRun } from '../schema/richText.ts';
import { ContentError } from './ContentError.ts';
import { learningBlock } from './learningBlock.ts';
import type { MediaLookup } from './publishedMedia.ts';

/*
 * Turns Payload's Lexical editor state into content/'s rich-text tree. Text is copied as text, never
 * parsed: what an editor types (`<script>`, `{...}`, `import ...`) stays a string the site escapes.
 * Node types outside the CMS editor's feature list are an error, not silently dropped.
 */

type LexicalNode = { type?: unknown; children?: unknown; [key: string]: unknown };

const FORMAT_BOLD = 1;
const FORMAT_ITALIC = 2;

function childrenOf(node: LexicalNode): LexicalNode[] {
  return Array.isArray(node.children) ? (node.children as LexicalNode[]) : [];
}

function textRun(node: LexicalNode): TextRun {
  const format = typeof node.format === 'number' ? node.format : 0;
  const run: TextRun = { type: 'text', text: String(node.text ?? '') };
  if (format & FORMAT_BOLD) run.bold = true;
  if (format & FORMAT_ITALIC) run.italic = true;
  return run;
}

function inlines(node: LexicalNode, where: string): Inline[] {
  return childrenOf(node).flatMap((child): Inline[] => {
    switch (child.type) {
      case 'text':
        return [textRun(child)];
      case 'tab':
        return [{ type: 'text', text: ' ' }];
      case 'linebreak':
        return [{ type: 'linebreak' }];
      case 'link':
      case 'autolink': {
        const fields = (child.fields ?? {}) as { url?: unknown };
        const href = hrefSchema.safeParse(fields.url);
        if (!href.success) {
          throw new ContentError(
            where,
            `link "${String(fields.url)}" er ikke tilladt: ${href.error.issues[0]?.message}`,
          );
        }
        const children = childrenOf(child)
          .filter((grandchild) => grandchild.type === 'text')
          .map(textRun);
        return [{ type: 'link', href: href.data, children }];
      }
      default:
        throw new ContentError(where, `ukendt tekst-element "${String(child.type)}"`);
    }
  });
}

/** Nested lists are flattened into their parent: the site shows one level. */
function listItems(list: LexicalNode, where: string): Inline[][] {
  return childrenOf(list).flatMap((item) => {
    const nested = childrenOf(item).filter((child) => child.type === 'list');
    if (nested.length > 0) return nested.flatMap((child) => listItems(child, where));
    return [inlines(item, where)];
  });
}

function block(node: LexicalNode, where: string): RichTextBlock {
  switch (node.type) {
    case 'paragraph':
      return { type: 'paragraph', children: inlines(node, where) };
    case 'heading': {
      const level = Number(String(node.tag).slice(1));
      if (level !== 2 && level !== 3 && level !== 4) {
        throw new ContentError(where, `overskrift "${String(node.tag)}" er ikke tilladt (brug h2-h4)`);
      }
      return { type: 'heading', level, children: inlines(node, where) };
    }
    case 'list':
      return { type: 'list', ordered: node.listType === 'number', items: listItems(node, where) };
    case 'quote':
      return { type: 'quote', children: inlines(node, where) };
    default:
      throw new ContentError(where, `ukendt blok "${String(node.type)}"`);
  }
}

function rootChildren(state: unknown, where: string): LexicalNode[] {
  if (state === null || state === undefined) return [];
  const root = (state as { root?: LexicalNode }).root;
  if (root?.type !== 'root') throw new ContentError(where, 'indholdet er ikke gyldig Lexical-tekst');
  return childrenOf(root);
}

const isEmptyParagraph = (item: LessonBody[number]) => item.type === 'paragraph' && item.children.length === 0;

/** Rich text only: a learning block here is an error (the editor for such fields offers none). */
export function lexicalToRichText(state: unknown, where: string): RichText {
  return rootChildren(state, where)
    .map((node) => block(node, where))
    .filter((item) => !isEmptyParagraph(item)) as RichText;
}

/** Lessons without media blocks need no media library (tests, and text-only documents). */
export const noMedia: MediaLookup = (_value, where) => {
  throw new ContentError(where, 'mediefiler kan ikke bruges her');
};

/** A lesson's body: rich text with learning blocks (quiz, callout, media, ...). */
export function lexicalToLessonBody(state: unknown, where: string, media: MediaLookup = noMedia): LessonBody {
  return rootChildren(state, where)
    .map((node) =>
      node.type === 'block'
        ? learningBlock((node.fields ?? {}) as Record<string, unknown>, where, media)
        : block(node, where),
    )
    .filter((item) => !isEmptyParagraph(item));
}
