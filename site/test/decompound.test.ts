import { describe, expect, it } from 'vitest';
import {
  asWritten,
  lexiconFrom,
  separateCompounds,
  separateCompoundsInHtml,
  separator,
  splitCompound,
  wordsOfHtml,
} from '../src/search/decompound.ts';
import { excerptRuns } from '../src/search/excerpt.ts';

const lexicon = lexiconFrom(['hjerte', 'sygdom', 'rehabilitering', 'dagen', 'forløb', 'tallerken', 'model']);

describe('Danish compounds split for the search index', () => {
  it('splits the compounds readers search by their parts', () => {
    expect(splitCompound('blodsukkermåling', lexicon)).toEqual(['blod', 'sukker', 'måling']);
    expect(splitCompound('blodsukkeret', lexicon)).toEqual(['blod', 'sukkeret']);
    expect(splitCompound('Hjertesygdom', lexicon)).toEqual(['Hjerte', 'sygdom']);
    expect(splitCompound('hjerterehabilitering', lexicon)).toEqual(['hjerte', 'rehabilitering']);
    expect(splitCompound('tallerkenmodellen', lexicon)).toEqual(['tallerken', 'modellen']);
  });

  it('splits a part that is itself a compound the site uses, so "sukker" finds "blodsukkermåling"', () => {
    const withCompound = lexiconFrom(['blodsukker', 'hjertesygdom', 'måling']);
    expect(splitCompound('blodsukkermåling', withCompound)).toEqual(['blod', 'sukker', 'måling']);
    expect(splitCompound('hjertesygdomsforløb', lexiconFrom(['hjertesygdom', 'forløb']))).toEqual([
      'hjerte',
      'sygdoms',
      'forløb',
    ]);
  });

  it('leaves alone words that are not compounds of known parts', () => {
    expect(splitCompound('blodsukker'.slice(0, 6), lexicon)).toBeUndefined();
    expect(splitCompound('forløbet', lexicon)).toBeUndefined();
    expect(splitCompound('motivationen', lexicon)).toBeUndefined();
  });

  it('changes only text in HTML, never tags or attributes', () => {
    const html = '<p class="hjertesygdom" data-x="blodsukker">Mål dit <b>blodsukker</b> hver dag</p>';
    expect(separateCompoundsInHtml(html, lexicon)).toBe(
      '<p class="hjertesygdom" data-x="blodsukker">Mål dit <b>blod`sukker</b> hver dag</p>',
    );
  });

  it('keeps titles and filter values as written, since results show them', () => {
    const html =
      '<h1>Mål dit blodsukker</h1><span data-pagefind-filter="Forløb">Lev livet med hjertesygdom</span><p>blodsukker</p>';
    expect(separateCompoundsInHtml(html, lexicon)).toBe(
      '<h1>Mål dit blodsukker</h1><span data-pagefind-filter="Forløb">Lev livet med hjertesygdom</span><p>blod`sukker</p>',
    );
  });

  it('reads the words of a page without its scripts and styles', () => {
    expect(wordsOfHtml('<style>.hjerte{}</style><p>Om <i>hjertet</i></p><script>var sygdom</script>')).toEqual([
      'Om',
      'hjertet',
    ]);
  });

  it('separates parts with a backtick, which the search page takes out again: readers see the words as written', () => {
    expect(separator).toBe('`');
    const written = 'Mål dit blodsukker: en blodsukkermåling ved type 2-diabetes, svar på e-mail.';
    const indexed = separateCompounds(written, lexicon);
    expect(indexed).toBe('Mål dit blod`sukker: en blod`sukker`måling ved type 2-diabetes, svar på e-mail.');
    expect(asWritten(indexed)).toBe(written);
  });

  it('doubles a backtick the author wrote, so it survives: every text comes back exactly', () => {
    for (const written of ['Skriv `kode` ved blodsukker', 'a``b`', '`', 'hjertesygdom`s', '']) {
      expect(asWritten(separateCompounds(written, lexicon))).toBe(written);
      expect(asWritten(separateCompoundsInHtml(`<h1>${written}</h1><p>${written}</p>`, lexicon))).toBe(
        `<h1>${written}</h1><p>${written}</p>`,
      );
    }
  });

  it('gives a Pagefind excerpt of the indexed copy in the words as written, the matches still marked', () => {
    expect(
      excerptRuns('Mål dit <mark>blod`sukker.</mark> En <mark>blod`sukker`måling</mark> ved type 2-diabetes'),
    ).toEqual([
      ['Mål dit ', false],
      ['blodsukker.', true],
      [' En ', false],
      ['blodsukkermåling', true],
      [' ved type 2-diabetes', false],
    ]);
  });
});
