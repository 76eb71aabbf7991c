import { type Lexicon, separateCompoundsInHtml } from './decompound.ts';

/*
 * The copy of a page that Pagefind indexes. Pagefind keeps, in the page's fragment (fetched for each
 * result shown), every element's id as a sub-result anchor and the first picture as image
 * metadata; the search page shows neither, so the copy has no ids and no pictures (alt text is not
 * indexed either way). Danish pages also get their compounds' parts separated (decompound.ts).
 */
export function indexedCopy(html: string, lexicon?: Lexicon): string {
  const lean = html.replace(/<img\b[^>]*>/g, '').replace(/<([a-z][^>]*?)\sid="[^"]*"/g, ' <$1');
  return lexicon ? separateCompoundsInHtml(lean, lexicon) : lean;
}
