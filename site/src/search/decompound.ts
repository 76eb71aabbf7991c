/*
 * Danish writes compounds as one word ("blodsukkermåling"), and Pagefind matches only the start of
 * a word, so "sukker" would miss it. At index time each compound is written with a separator between
 * its parts ("blod`sukker`måling"), which Pagefind indexes as the whole word and as its parts. The
 * parts come from the site's own words plus a few common heads; the pages readers see are not
 * changed, and the search page takes the separators out of what it shows (asWritten), so readers
 * see the words as written.
 */

/**
 * The separator, a backtick. Pagefind splits a word at any ASCII punctuation mark as it does at a
 * hyphen (measured with Pagefind 1.6: - _ . ' ` ^ | ~ + / : and the rest alike), and at no other
 * character (U+2011, U+2010, U+00AD, U+2060, U+00B7, U+FF3F and the like join the parts into one word
 * and lose "sukker"). Of the ASCII marks, the backtick is one no Danish or English text uses and HTML
 * gives no meaning. A hyphen would do the same for the index but could not be told from the
 * author's own ("type 2-diabetes", "e-mail") in an excerpt. A backtick an author did write is
 * doubled in the indexed copy, so asWritten gives back every text exactly.
 */
export const separator = '`';

const doubled = (text: string) => text.replaceAll(separator, separator + separator);
const separators = new RegExp(`${separator}{1,2}`, 'g');

/** Text from the indexed copy as its author wrote it: each lone separator out, each doubled one single. */
export const asWritten = (text: string): string => text.replace(separators, (run) => run.slice(1));

/** Heads and tails common in health texts that may never stand alone on the site. */
const commonParts = [
  'blod',
  'sukker',
  'måling',
  'måler',
  'hjerte',
  'sygdom',
  'lunge',
  'kost',
  'motion',
  'medicin',
  'tryk',
  'træning',
  'vejr',
  'trækning',
  'insulin',
  'smerte',
  'rehabilitering',
  'kramper',
  'krampe',
  'svigt',
  'fedt',
  'salt',
  'mad',
];

/** Endings a compound's last part may carry: "blodsukkeret", "hjertesygdommen". */
const endings = ['erne', 'ene', 'ens', 'ets', 'en', 'et', 'er', 'es', 'e', 's', 'n'];

const minPart = 4;
const minCompound = 8;

export type Lexicon = Set<string>;

export function lexiconFrom(words: Iterable<string>): Lexicon {
  const lexicon = new Set(commonParts);
  for (const word of words) if (word.length >= minPart) lexicon.add(word.toLowerCase());
  return lexicon;
}

/** A known word, or one with an ending ("sukkeret"), maybe with its last consonant doubled ("modellen"). */
function isWord(part: string, lexicon: Lexicon): boolean {
  if (part.length < minPart) return false;
  if (lexicon.has(part)) return true;
  return endings.some((ending) => {
    if (!part.endsWith(ending)) return false;
    const stem = part.slice(0, -ending.length);
    if (stem.length < minPart) return false;
    const doubled = stem.length > minPart && stem.at(-1) === stem.at(-2);
    return lexicon.has(stem) || (doubled && lexicon.has(stem.slice(0, -1)));
  });
}

/** The parts of a compound, or undefined when the word is not one. Parts keep a linking s or e. */
export function splitCompound(word: string, lexicon: Lexicon): string[] | undefined {
  const lower = word.toLowerCase();
  if (lower.length < minCompound) return undefined;
  // A part that is itself a compound the site uses ("blodsukker" in "blodsukkermåling") is split
  // too, or "sukker" would not find the whole.
  const parts = splitFrom(lower, lexicon)?.flatMap(
    (part) => (part.length >= minCompound && splitFrom(part, lexicon)) || [part],
  );
  if (!parts || parts.length < 2) return undefined;
  // Give the parts back in the word's own letters (capitals kept).
  let offset = 0;
  return parts.map((part) => {
    const original = word.slice(offset, offset + part.length);
    offset += part.length;
    return original;
  });
}

function splitFrom(rest: string, lexicon: Lexicon): string[] | undefined {
  for (let cut = rest.length - minPart; cut >= minPart; cut--) {
    for (const link of ['', 's', 'e']) {
      const headEnd = cut;
      const head = rest.slice(0, headEnd);
      if (link && !rest.slice(headEnd).startsWith(link)) continue;
      const tail = rest.slice(headEnd + link.length);
      if (!lexicon.has(head) || tail.length < minPart) continue;
      if (isWord(tail, lexicon)) return [head + link, tail];
      const more = splitFrom(tail, lexicon);
      if (more) return [head + link, ...more];
    }
  }
  return undefined;
}

const letters = /[A-Za-zÆØÅæøåÉé]+/g;

/** Text with every compound's parts separated, and any separator the author wrote doubled. */
export function separateCompounds(text: string, lexicon: Lexicon): string {
  return doubled(text).replace(letters, (word) => splitCompound(word, lexicon)?.join(separator) ?? word);
}

/** Text that search shows as it is: titles (results show them), and filter and metadata values. */
const title = /^<(?:h1|title)\b/;
const value = /data-pagefind-(?:filter|meta)/;

/**
 * The same for HTML: only text between tags is touched, never tags or attributes. The text right
 * inside a title keeps its compounds whole; the text of a filter or metadata element, which Pagefind
 * keeps as a value (not as text to show through asWritten), is not touched at all.
 */
export function separateCompoundsInHtml(html: string, lexicon: Lexicon): string {
  let kept: 'title' | 'value' | undefined;
  return html
    .split(/(<[^>]*>)/)
    .map((segment) => {
      if (segment.startsWith('<')) {
        kept = value.test(segment) ? 'value' : title.test(segment) ? 'title' : undefined;
        return segment;
      }
      if (kept === 'value') return segment;
      return kept === 'title' ? doubled(segment) : separateCompounds(segment, lexicon);
    })
    .join('');
}

/** The words of an HTML page's text, for the lexicon. */
export function wordsOfHtml(html: string): string[] {
  const text = html.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]*>/g, ' ');
  return text.match(letters) ?? [];
}
