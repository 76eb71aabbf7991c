import { readFileSync, writeFileSync } from 'node:fs';
import sharp, { type Sharp } from 'sharp';
import { type AppIcon, appleTouchIcon, manifestIcons } from '../src/lib/appManifest.ts';

/*
 * `npm run icons`: remakes the app's PNG icons in public/ from public/favicon.svg. A maintainer's
 * tool, run when the favicon changes; the results are committed (a few kilobytes), so the build
 * needs no image library: sharp is installed for the CMS, and is only an optional dependency of
 * Astro. site/test/webAppManifest.test.ts checks that every icon the manifest names is there, in
 * its size.
 *
 * `any` icons are the favicon as it is, rounded corners and all. The maskable icon and Safari's
 * icon fill their square (the platform cuts its own shape): the favicon laid on its own background
 * colour. The cross then lies well inside the maskable icon's safe zone, the middle circle of 80%
 * of its width; this script checks that before it writes.
 */

const publicDir = new URL('../public/', import.meta.url);
const favicon = readFileSync(new URL('favicon.svg', publicDir));

/** The favicon drawn `size` pixels wide, from the SVG at the matching density (not 32 px enlarged). */
async function drawn(size: number): Promise<Sharp> {
  const { width } = await sharp(favicon).metadata();
  if (!width) throw new Error('favicon.svg has no width (viewBox) to scale from');
  return sharp(favicon, { density: (72 * size) / width }).resize(size, size);
}

type Rgb = [number, number, number];

async function pixels(image: Sharp): Promise<{ data: Buffer; size: number }> {
  const { data, info } = await image.clone().ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, size: info.width };
}

/** The favicon's background: the colour just inside the middle of its top edge. */
async function backgroundOf(size: number): Promise<Rgb> {
  const { data } = await pixels(await drawn(size));
  const at = (Math.floor(size / 2) + 2 * size) * 4;
  return [data[at] ?? 0, data[at + 1] ?? 0, data[at + 2] ?? 0];
}

/** Fails when any pixel unlike the background lies outside the middle 80% circle. */
function checkSafeZone(data: Buffer, size: number, background: Rgb) {
  const centre = size / 2;
  const radius = 0.4 * size;
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const at = (y * size + x) * 4;
      const unlike = background.some((channel, index) => Math.abs((data[at + index] ?? 0) - channel) > 8);
      if (unlike && Math.hypot(x + 0.5 - centre, y + 0.5 - centre) > radius) {
        throw new Error(`maskable icon: pixel (${x}, ${y}) is outside the safe zone`);
      }
    }
  }
}

async function write(src: string, image: Sharp) {
  const file = new URL(src.replace(/^\//, ''), publicDir);
  const png = await image.png({ compressionLevel: 9, palette: true, effort: 10 }).toBuffer();
  writeFileSync(file, png);
  console.log(`${src}: ${png.length} B`);
}

async function filled(size: number): Promise<Sharp> {
  const [r, g, b] = await backgroundOf(size);
  return (await drawn(size)).flatten({ background: { r, g, b } });
}

async function makeIcon({ src, size, purpose }: AppIcon) {
  if (purpose === 'any') return write(src, await drawn(size));
  const image = await filled(size);
  const { data } = await pixels(image);
  checkSafeZone(data, size, await backgroundOf(size));
  return write(src, image);
}

for (const icon of manifestIcons) await makeIcon(icon);
await write(appleTouchIcon.src, await filled(appleTouchIcon.size));
