import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { demoDrawings, mealPlanMedia } from '../../cms/src/seed/media.ts';
import { demoPrograms, demoTranslations } from '../../cms/src/seed/programs/index.ts';
import { mealPlanLines } from '../../cms/src/seed/programs/lifestyle.ts';
import { textPdf } from '../../cms/src/seed/textPdf.ts';
import type { SeedNarration } from '../../cms/src/seed/types.ts';
import { drawings, titleCard } from './drawings.ts';

/*
 * `npm run seed:assets`: remakes the demo media in cms/src/seed/assets/ from the seed texts. A
 * maintainer's tool, run when narrations change; the results are committed, so neither the seed
 * nor CI needs it. Needs ffmpeg and espeak-ng (apt). Each sentence is spoken by espeak-ng, and
 * its measured length gives the caption cue's timing, so captions match the sound.
 */

const assets = join(import.meta.dirname, '../../cms/src/seed/assets');
const work = mkdtempSync(join(tmpdir(), 'sundhed-assets-'));
const pauseSeconds = 0.4;
const run = (command: string, ...args: string[]) => execFileSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });

const seconds = (file: string) =>
  Number(run('ffprobe', '-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', file).toString().trim());

const timestamp = (total: number) => {
  const minutes = Math.floor(total / 60);
  const rest = (total - minutes * 60).toFixed(3).padStart(6, '0');
  return `${String(minutes).padStart(2, '0')}:${rest}`;
};

type Timing = { start: number; end: number };
/** When each sentence is spoken in a clip's sound track, by media key. */
const timings = new Map<string, Timing[]>();

const webVtt = (cues: string[], times: Timing[]) =>
  `WEBVTT\n\n${cues.map((cue, index) => `${index + 1}\n${timestamp(times[index]?.start ?? 0)} --> ${timestamp(times[index]?.end ?? 0)}\n${cue}`).join('\n\n')}\n`;

/** Speaks each cue, joins them with short pauses, and returns the sound and WebVTT captions. */
function narrate(narration: SeedNarration, voice: string): { wav: string; vtt: string } {
  const parts: string[] = [];
  const times: Timing[] = [];
  let at = 0;
  narration.cues.forEach((cue, index) => {
    const wav = join(work, `${narration.mediaKey}-${voice}-${index}.wav`);
    run('espeak-ng', '-v', voice, '-s', '140', '-w', wav, cue);
    const length = seconds(wav);
    times.push({ start: at, end: at + length });
    parts.push(wav);
    at += length + pauseSeconds;
  });
  timings.set(narration.mediaKey, times);
  const list = join(work, `${narration.mediaKey}-${voice}.txt`);
  const silence = join(work, 'pause.wav');
  run('ffmpeg', '-y', '-f', 'lavfi', '-i', `anullsrc=r=22050:cl=mono`, '-t', String(pauseSeconds), silence);
  writeFileSync(list, parts.map((part) => `file '${part}'\nfile '${silence}'`).join('\n'));
  const wav = join(work, `${narration.mediaKey}-${voice}.wav`);
  run('ffmpeg', '-y', '-f', 'concat', '-safe', '0', '-i', list, '-ar', '22050', '-ac', '1', wav);
  return { wav, vtt: webVtt(narration.cues, times) };
}

/** A translation's captions, timed to the Danish sound track it translates sentence by sentence. */
function translatedCaptions(narration: SeedNarration) {
  const times = timings.get(narration.mediaKey);
  if (!times || times.length !== narration.cues.length) {
    throw new Error(`${narration.captionsKey}: needs one cue per Danish sentence of ${narration.mediaKey}`);
  }
  writeFileSync(join(assets, `${narration.captionsKey}.vtt`), webVtt(narration.cues, times));
}

async function video(narration: SeedNarration) {
  const { wav, vtt } = narrate(narration, 'da');
  writeFileSync(join(assets, `${narration.captionsKey}.vtt`), vtt);
  const target = join(assets, `${narration.mediaKey}.mp4`);
  const still = join(work, `${narration.mediaKey}.png`);
  await sharp(Buffer.from(titleCard(narration.title)))
    .png()
    .toFile(still);
  run(
    'ffmpeg',
    '-y',
    '-loop',
    '1',
    '-framerate',
    '1',
    '-i',
    still,
    '-i',
    wav,
    '-c:v',
    'libx264',
    '-profile:v',
    'baseline',
    '-tune',
    'stillimage',
    '-pix_fmt',
    'yuv420p',
    '-r',
    '1',
    '-c:a',
    'aac',
    '-b:a',
    '32k',
    '-shortest',
    '-movflags',
    '+faststart',
    '-map_metadata',
    '-1',
    target,
  );
}

function audio(narration: SeedNarration) {
  const { wav } = narrate(narration, 'da');
  run(
    'ffmpeg',
    '-y',
    '-i',
    wav,
    '-c:a',
    'libmp3lame',
    '-b:a',
    '40k',
    '-map_metadata',
    '-1',
    join(assets, `${narration.mediaKey}.mp3`),
  );
}

try {
  for (const drawing of demoDrawings) {
    const svg = drawings[drawing.subject];
    if (!svg) throw new Error(`no drawing for ${drawing.subject}`);
    await sharp(Buffer.from(svg))
      .png({ compressionLevel: 9, palette: true })
      .toFile(join(assets, `${drawing.key}.png`));
  }
  for (const program of demoPrograms) {
    for (const narration of program.narrations) {
      if (narration.captionsKey) await video(narration);
      else audio(narration);
    }
  }
  for (const translation of Object.values(demoTranslations)) {
    for (const narration of translation.narrations) translatedCaptions(narration);
  }
  writeFileSync(join(assets, mealPlanMedia.file), textPdf(mealPlanLines));
  console.log(`Demomedier skrevet til ${assets}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
