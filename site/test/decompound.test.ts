import { describe, expect, it } from 'vitest';
import { hyphenateCompoundsInHtml, lexiconFrom, splitCompound, wordsOfHtml } from '../src/search/decompound.ts';

const lexicon = lexiconFrom(['hjerte', 'sygdom', 'rehabilitering', 'dagen', 'forløb', 'tallerken', 'model']);

describe('Danish compounds split for the search index', () => {
  it('splits the compounds readers search by their parts', () => {
    expect(splitCompound('blodsukkermåling', lexicon)).toEqual(['blod', 'sukker', 'måling']);
    expect(splitCompound('blodsukkeret', lexicon)).toEqual(['blod', 'sukkeret']);
    expect(splitCompound('Hjertesygdom', lexicon)).toEqual(['Hjerte', 'sygdom']);
    expect(splitCompound('hjerterehabilitering', lexicon)).toEqual(['hjerte', 'rehabilitering']);
    expect(splitCompound('tallerkenmodellen', lexicon)).toEqual(['tallerken', 'modellen']);
  });

  it('leaves alone words that are not compounds of known parts', () => {
    expect(splitCompound('blodsukker'.slice(0, 6), lexicon)).toBeUndefined();
    expect(splitCompound('forløbet', lexicon)).toBeUndefined();
    expect(splitCompound('motivationen', lexicon)).toBeUndefined();
  });

  it('changes only text in HTML, never tags or attributes', () => {
    const html = '<p class="hjertesygdom" data-x="blodsukker">Mål dit <b>blodsukker</b> hver dag</p>';
    expect(hyphenateCompoundsInHtml(html, lexicon)).toBe(
      '<p class="hjertesygdom" data-x="blodsukker">Mål dit <b>blod-sukker</b> hver dag</p>',
    );
  });

  it('keeps titles and filter values as written, since results show them', () => {
    const html =
      '<h1>Mål dit blodsukker</h1><span data-pagefind-filter="Forløb">Lev livet med hjertesygdom</span><p>blodsukker</p>';
    expect(hyphenateCompoundsInHtml(html, lexicon)).toBe(
      '<h1>Mål dit blodsukker</h1><span data-pagefind-filter="Forløb">Lev livet med hjertesygdom</span><p>blod-sukker</p>',
    );
  });

  it('reads the words of a page without its scripts and styles', () => {
    expect(wordsOfHtml('<style>.hjerte{}</style><p>Om <i>hjertet</i></p><script>var sygdom</script>')).toEqual([
      'Om',
      'hjertet',
    ]);
  });
});
