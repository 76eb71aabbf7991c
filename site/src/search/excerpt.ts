import { asWritten } from './decompound.ts';

/*
 * Pagefind's excerpt of a result is the indexed copy's text with only < and > escaped (&lt; &gt;)
 * and the words it matched wrapped in <mark>. The search page never parses it as HTML: it reads it
 * here as runs of text, marked or not, in the words as written (no compound separators: see
 * decompound.ts), and builds text nodes and <mark> elements from them.
 */

/** A run of the excerpt's text, and whether Pagefind marked it as a match. */
export type ExcerptRun = readonly [text: string, marked: boolean];

const unescaped = (text: string) => asWritten(text).replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** The excerpt as runs; splitting on the tags leaves '' (opening) or '/' (closing) between runs. */
export const excerptRuns = (excerpt: string): ExcerptRun[] =>
  excerpt
    .split(/<(\/?)mark>/)
    .flatMap((text, index, parts) => (index % 2 || !text ? [] : [[unescaped(text), parts[index - 1] === ''] as const]));
