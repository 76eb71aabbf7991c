import { describe, expect, it } from 'vitest';
import { lexiconFrom } from '../src/search/decompound.ts';
import { indexedCopy } from '../src/search/indexedCopy.ts';

describe('the copy of a page that Pagefind indexes', () => {
  it('has no pictures and no ids, which Pagefind would keep in the fragment and search never shows', () => {
    const html =
      '<figure id="billede-a"><img src="/media/a.webp" alt="En blodsukkermåler"><figcaption>Kilde: demo</figcaption></figure><h2 id="maal">Mål</h2><p data-id="x">Tekst</p>';
    expect(indexedCopy(html)).toBe(
      ' <figure><figcaption>Kilde: demo</figcaption></figure> <h2>Mål</h2><p data-id="x">Tekst</p>',
    );
  });

  it('keeps the words apart where an element lost its id: Pagefind parted them there', () => {
    expect(indexedCopy('<p>(demotegning)</p><figure id="v">Bevægelse</figure>')).toBe(
      '<p>(demotegning)</p> <figure>Bevægelse</figure>',
    );
  });

  it("separates a Danish page's compounds, and only a Danish page's", () => {
    const html = '<p id="a">Mål dit blodsukker</p>';
    expect(indexedCopy(html, lexiconFrom([]))).toBe(' <p>Mål dit blod`sukker</p>');
    expect(indexedCopy(html)).toBe(' <p>Mål dit blodsukker</p>');
  });
});
