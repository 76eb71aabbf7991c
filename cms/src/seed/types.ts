import type { richText } from './lexical.ts';

/* The shape of demo content: one file per program under programs/, in plain-language Danish. */

export type SeedRichText = ReturnType<typeof richText>;

export type SeedLesson = {
  slug: string;
  title: string;
  summary: string;
  /** Written in easy-read Danish (letlæst): short sentences, everyday words. */
  easyRead?: boolean;
  body: SeedRichText;
};

export type SeedModule = { slug: string; title: string; summary: string; lessons: SeedLesson[] };

/** Narration of a demo video or audio clip: one caption cue per sentence, also its transcript. */
export type SeedNarration = {
  /** Key of the media file (see media.ts), e.g. 'video-hjerte'. */
  mediaKey: string;
  /** Key of the captions file for video, e.g. 'captions-hjerte-da'; none for audio. */
  captionsKey?: string;
  title: string;
  /** Spoken sentences in order; each becomes one caption cue. */
  cues: string[];
};

export type SeedProgram = {
  /** Slug of the owning organisation (see organisations.ts). */
  owner: string;
  /** 'national' shares with every municipality; 'selected' with the `sharedWith` slugs. */
  visibility: 'national' | 'selected' | 'own';
  sharedWith?: string[];
  program: { slug: string; title: string; summary: string; audience: 'citizens' | 'staff' };
  modules: SeedModule[];
  /** The clips this program's lessons play, so the asset script can record them. */
  narrations: SeedNarration[];
};

/** An English translation of a program, keyed by the Danish slugs; any part left out falls back to Danish. */
export type SeedTranslation = {
  program: { title: string; summary: string };
  modules: Record<string, { title: string; summary: string }>;
  lessons: Record<string, { title: string; summary: string; body: SeedRichText }>;
  narrations: SeedNarration[];
};
