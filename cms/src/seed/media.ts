import type { SeedProgram } from './types.ts';

/*
 * The demo media library: drawings, narrated videos with captions, a narrated exercise and a
 * printable meal plan. Files are in assets/ (made by `npm run seed:assets`); each entry says
 * what it shows, who made it, and which program's organisation owns it.
 */

export type SeedMedia = {
  key: string;
  file: string;
  alt: { da: string; en?: string };
  credit: string;
  /** The program whose owner and sharing the file takes. */
  program: string;
};

const drawingCredit = 'Sundhedscenter (demotegning)';
const recordingCredit = 'Sundhedscenter (demooptagelse, syntetisk stemme: eSpeak NG)';

const diabetes = 'lev-livet-med-type-2-diabetes';
const heart = 'lev-livet-med-hjertesygdom';
const copd = 'lev-livet-med-kol';
const lifestyle = 'livsstilsstoette-mad-bevaegelse-og-rygestop';
const digital = 'digital-kompetent';

/** Drawings: the key is also the file's base name (assets/<key>.png). */
export const demoDrawings: (Omit<SeedMedia, 'file' | 'credit'> & { subject: string })[] = [
  {
    key: 'diabetes-maaler',
    program: diabetes,
    subject: 'meter',
    alt: {
      da: 'En blodsukkermåler i en hånd. Skærmen viser 6,4 mmol/l.',
      en: 'A blood glucose meter held in a hand. The screen shows 6.4 mmol/l.',
    },
  },
  {
    key: 'tallerkenmodellen',
    program: lifestyle,
    subject: 'plate',
    alt: {
      da: 'En tallerken delt i tre: halvdelen grøntsager, en fjerdedel kartofler og en fjerdedel fisk.',
      en: 'A plate divided in three: half vegetables, a quarter potatoes and a quarter fish.',
    },
  },
  {
    key: 'hjerte-gaatur',
    program: heart,
    subject: 'walk',
    alt: { da: 'To personer går en tur sammen på en sti i solskin.' },
  },
  { key: 'hjerte-puls', program: heart, subject: 'pulse', alt: { da: 'Et rødt hjerte med en pulskurve hen over.' } },
  { key: 'kol-lunger', program: copd, subject: 'lungs', alt: { da: 'Tegning af to lunger med luftvejene.' } },
  { key: 'kol-inhalator', program: copd, subject: 'inhaler', alt: { da: 'En inhalator til medicin, set fra siden.' } },
  {
    key: 'livsstil-cykel',
    program: lifestyle,
    subject: 'bicycle',
    alt: { da: 'En cykel med en indkøbskurv foran.' },
  },
  {
    key: 'digital-videomoede',
    program: digital,
    subject: 'laptop',
    alt: { da: 'En bærbar computer med fire personer i et videomøde på skærmen.' },
  },
  {
    key: 'digital-telefon',
    program: digital,
    subject: 'phone',
    alt: { da: 'En mobiltelefon med to beskedbobler på skærmen.' },
  },
];

export const demoDrawingFiles = (): SeedMedia[] =>
  demoDrawings.map(({ subject: _subject, ...drawing }) => ({
    ...drawing,
    file: `${drawing.key}.png`,
    credit: drawingCredit,
  }));

/**
 * Every narrated clip and captions file, owned by its program. An English narration names the
 * Danish clip it translates: it adds English captions and the clip's English description.
 */
export function narratedMedia(programs: SeedProgram[], english: SeedProgram['narrations']): SeedMedia[] {
  const entries = new Map<string, SeedMedia>();
  for (const { narrations, program } of programs) {
    for (const narration of narrations) {
      const kind = narration.captionsKey ? 'mp4' : 'mp3';
      entries.set(narration.mediaKey, {
        key: narration.mediaKey,
        file: `${narration.mediaKey}.${kind}`,
        alt: { da: narration.title },
        credit: recordingCredit,
        program: program.slug,
      });
      if (narration.captionsKey) {
        entries.set(narration.captionsKey, {
          key: narration.captionsKey,
          file: `${narration.captionsKey}.vtt`,
          alt: { da: `Danske undertekster: ${narration.title}` },
          credit: recordingCredit,
          program: program.slug,
        });
      }
    }
  }
  for (const narration of english) {
    const clip = entries.get(narration.mediaKey);
    if (!clip || !narration.captionsKey)
      throw new Error(`seed: English narration of unknown clip ${narration.mediaKey}`);
    clip.alt.en = narration.title;
    entries.set(narration.captionsKey, {
      key: narration.captionsKey,
      file: `${narration.captionsKey}.vtt`,
      alt: { da: `Engelske undertekster: ${narration.title}`, en: `English captions: ${narration.title}` },
      credit: recordingCredit,
      program: clip.program,
    });
  }
  return [...entries.values()];
}

export const mealPlanMedia: SeedMedia = {
  key: 'pdf-madplan',
  file: 'pdf-madplan.pdf',
  alt: { da: 'Madplan for en uge (PDF til udskrift)', en: 'Meal plan for one week (PDF to print)' },
  credit: 'Sundhedscenter (demomateriale)',
  program: lifestyle,
};
