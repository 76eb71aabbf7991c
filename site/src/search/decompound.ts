/*
 * Danish writes compounds as one word ("blodsukkermåling"), and Pagefind matches only the start of
 * a word, so "sukker" would miss it. At index time each compound is written with hyphens
 * ("blod-sukker-måling"), which Pagefind indexes as the whole word and as its parts. The parts come
 * from the site's own words plus a few common heads; the pages readers see are not changed.
 */

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
  const parts = splitFrom(lower, lexicon);
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

/** Text with every compound hyphenated at its parts. */
export function hyphenateCompounds(text: string, lexicon: Lexicon): string {
  return text.replace(letters, (word) => splitCompound(word, lexicon)?.join('-') ?? word);
}

/** Text that search shows as it is: titles, and filter and metadata values. */
const keptAsWritten = /^<(?:h1|title)\b|data-pagefind-(?:filter|meta)/;

/**
 * The same for HTML: only text between tags is touched, never tags or attributes, and not the text
 * right inside a title or a filter or metadata element, which results show verbatim.
 */
export function hyphenateCompoundsInHtml(html: string, lexicon: Lexicon): string {
  let keep = false;
  return html
    .split(/(<[^>]*>)/)
    .map((segment) => {
      if (segment.startsWith('<')) {
        keep = keptAsWritten.test(segment);
        return segment;
      }
      return keep ? segment : hyphenateCompounds(segment, lexicon);
    })
    .join('');
}

/** The words of an HTML page's text, for the lexicon. */
export function wordsOfHtml(html: string): string[] {
  const text = html.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]*>/g, ' ');
  return text.match(letters) ?? [];
}
