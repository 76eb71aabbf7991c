import { ContentError, lexicalToRichText } from '@sundhed/content';
import { describe, expect, it } from 'vitest';
import { h2, p, richText, ul } from '../../cms/src/seed/lexical.ts';
import { injectionAttempts } from '../../content/test/injectionAttempts.ts';

const where = 'lessons/test';
const root = (...children: unknown[]) => ({ root: { type: 'root', children } });
const text = (value: string, format = 0) => ({ type: 'text', text: value, format });

describe('Lexical editor state → content rich text', () => {
  it('converts paragraphs, headings, lists and bold text', () => {
    expect(lexicalToRichText(richText(h2('Overskrift'), p('Det er **vigtigt**.'), ul(['en', 'to'])), where)).toEqual([
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Overskrift' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Det er ' },
          { type: 'text', text: 'vigtigt', bold: true },
          { type: 'text', text: '.' },
        ],
      },
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'en' }], [{ type: 'text', text: 'to' }]] },
    ]);
  });

  it('keeps italic, line breaks, numbered lists, quotes and safe links', () => {
    const state = root(
      {
        type: 'paragraph',
        children: [
          text('skråt', 2),
          { type: 'linebreak' },
          { type: 'link', fields: { url: 'https://www.sundhed.dk/' }, children: [text('sundhed.dk')] },
        ],
      },
      { type: 'list', listType: 'number', children: [{ type: 'listitem', children: [text('først')] }] },
      { type: 'quote', children: [text('citat')] },
    );
    expect(lexicalToRichText(state, where)).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'skråt', italic: true },
          { type: 'linebreak' },
          { type: 'link', href: 'https://www.sundhed.dk/', children: [{ type: 'text', text: 'sundhed.dk' }] },
        ],
      },
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'først' }]] },
      { type: 'quote', children: [{ type: 'text', text: 'citat' }] },
    ]);
  });

  it('flattens a nested list into its parent and drops empty paragraphs', () => {
    const nested = { type: 'list', listType: 'bullet', children: [{ type: 'listitem', children: [text('indre')] }] };
    const state = root(
      { type: 'paragraph', children: [] },
      {
        type: 'list',
        listType: 'bullet',
        children: [
          { type: 'listitem', children: [text('ydre')] },
          { type: 'listitem', children: [nested] },
        ],
      },
    );
    expect(lexicalToRichText(state, where)).toEqual([
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'ydre' }], [{ type: 'text', text: 'indre' }]] },
    ]);
  });

  it.each(injectionAttempts)('copies %s as text, unparsed', (attempt) => {
    expect(lexicalToRichText(richText(p(attempt)), where)).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: attempt }] },
    ]);
  });

  it('stops with the document named when a link is unsafe', () => {
    const state = root({
      type: 'paragraph',
      children: [{ type: 'link', fields: { url: 'javascript:alert(1)' }, children: [text('klik')] }],
    });
    expect(() => lexicalToRichText(state, where)).toThrow(ContentError);
    expect(() => lexicalToRichText(state, where)).toThrow(/lessons\/test: link "javascript:alert\(1\)"/);
  });

  it('stops on element types the editor does not offer, instead of dropping them', () => {
    expect(() => lexicalToRichText(root({ type: 'upload', value: 1 }), where)).toThrow(/ukendt blok "upload"/);
    expect(() =>
      lexicalToRichText(root({ type: 'paragraph', children: [{ type: 'html', html: '<b>' }] }), where),
    ).toThrow(/ukendt tekst-element "html"/);
    expect(() => lexicalToRichText(root({ type: 'heading', tag: 'h1', children: [] }), where)).toThrow(/h2-h4/);
    expect(() => lexicalToRichText({ nope: true }, where)).toThrow(/ikke gyldig Lexical/);
  });

  it('treats an empty body as no blocks', () => {
    expect(lexicalToRichText(null, where)).toEqual([]);
  });
});
