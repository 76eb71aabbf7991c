import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ContentLocale, collectionDir } from '@sundhed/content';

/*
 * Danish text for generated lessons. Real sentences come from the demo lessons in content/da, so
 * the words, their frequencies and the compounds ("blodsukkermåling") are those of real health
 * texts. Each sentence then has a word or two replaced from a vocabulary that grows with the site
 * (Heaps' law: distinct words grow about as the size to the power 0.6), as a national catalogue's
 * does: new programs bring new terms, new compounds and new names.
 */

/** A small, fast, seeded generator (mulberry32): the same size always gives the same site. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

type Corpus = { sentences: string[]; nouns: string[] };

/**
 * Every text run of the demo lessons written in `locale` (not standing in for it), cut into
 * sentences; longer words double as compound parts.
 */
export function readCorpus(locale: ContentLocale): Corpus {
  const dir = collectionDir(locale, 'lessons');
  const texts: string[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) for (const item of value) collect(item);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if ((key === 'text' || key === 'question' || key === 'prompt') && typeof inner === 'string') texts.push(inner);
        else collect(inner);
      }
    }
  };
  for (const name of readdirSync(dir).sort()) {
    const lesson = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    if (!lesson.fallback) collect(lesson.body);
  }
  const sentences = texts
    .join(' ')
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.split(' ').length >= 5);
  const nouns = [
    ...new Set(
      texts
        .join(' ')
        .toLowerCase()
        .match(/\p{L}{5,}/gu) ?? [],
    ),
  ].sort();
  return { sentences, nouns };
}

const syllables = [
  'ka',
  'ri',
  'mo',
  'le',
  'sta',
  'vin',
  'dor',
  'fe',
  'lu',
  'ne',
  'tra',
  'bel',
  'sko',
  'mi',
  'rø',
  'gå',
];

/** The site's extra words: compounds of real parts, and new terms, `count` of them in a fixed order. */
export function growingVocabulary(corpus: Corpus, count: number, random: Random): string[] {
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 3 === 2) {
      const parts = 2 + Math.floor(random() * 2);
      words.push(Array.from({ length: parts }, () => pick(random, syllables)).join(''));
    } else words.push(`${pick(random, corpus.nouns)}${pick(random, corpus.nouns)}`);
  }
  return words;
}

/** How many extra words a site of `lessons` lessons uses. */
export const vocabularySize = (lessons: number) => Math.round(60 * lessons ** 0.6);

/** A real sentence with one or two words swapped for words of the growing vocabulary. */
export function sentence(corpus: Corpus, vocabulary: readonly string[], random: Random): string {
  const words = pick(random, corpus.sentences).split(' ');
  const swaps = 1 + Math.floor(random() * 2);
  for (let i = 0; i < swaps; i++) {
    const at = 1 + Math.floor(random() * (words.length - 2));
    // Zipf-like: early words of the vocabulary are used far more often than late ones.
    const rank = Math.floor(vocabulary.length * random() ** 3);
    if (/^\p{Ll}+$/u.test(words[at] ?? '')) words[at] = vocabulary[rank] ?? words[at] ?? '';
  }
  return words.join(' ');
}

export function paragraphText(corpus: Corpus, vocabulary: readonly string[], random: Random, sentences: number) {
  return Array.from({ length: sentences }, () => sentence(corpus, vocabulary, random)).join(' ');
}

/** A title: a few words, the first capitalised. */
export function titleText(corpus: Corpus, vocabulary: readonly string[], random: Random): string {
  const words = sentence(corpus, vocabulary, random)
    .replace(/[.!?,:;]/g, '')
    .split(' ')
    .slice(0, 3 + Math.floor(random() * 3));
  const title = words.join(' ');
  return title.charAt(0).toUpperCase() + title.slice(1);
}
