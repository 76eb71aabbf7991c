import { describe, expect, it } from 'vitest';
import { excerptRuns } from '../src/search/excerpt.ts';

describe("Pagefind's excerpt, read as text runs rather than parsed as HTML", () => {
  it('gives the marked words as marked runs, the rest as plain runs', () => {
    expect(excerptRuns('Mål dit <mark>blodsukker</mark> hver dag, og <mark>blodsukkeret</mark>')).toEqual([
      ['Mål dit ', false],
      ['blodsukker', true],
      [' hver dag, og ', false],
      ['blodsukkeret', true],
    ]);
  });

  it('gives back the < and > Pagefind escaped as text, so a page that quotes markup shows it', () => {
    expect(excerptRuns('a &lt;b&gt; &amp; <mark>&lt;script&gt;</mark>')).toEqual([
      ['a <b> &amp; ', false],
      ['<script>', true],
    ]);
  });

  it('is empty for an empty excerpt', () => {
    expect(excerptRuns('')).toEqual([]);
  });
});
