import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import { manifestText } from '../src/integrations/webAppManifest.ts';
import Base from '../src/layouts/Base.astro';
import { appleTouchIcon, manifestPath, siteColours } from '../src/lib/appManifest.ts';
import { sitePaths } from '../src/lib/paths.ts';
import { startPages } from '../src/offline/startPages.ts';

/*
 * The web app manifest as the build writes it, and the icons it names in public/. That Chromium
 * finds the site installable with it, and opens the start page offline, is shown in a browser by
 * e2e/installable.spec.ts.
 */

const manifest = JSON.parse(manifestText()) as Record<string, unknown>;
const icons = manifest.icons as { src: string; sizes: string; type: string; purpose: string }[];
const publicFile = (src: string) => new URL(`../public${src}`, import.meta.url);
const globalCss = readFileSync(new URL('../src/styles/global.css', import.meta.url), 'utf8');

/** What a PNG's header says: its size, and whether any pixel can be transparent. */
function pngHeader(file: URL) {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  const colourType = bytes[25];
  const chunks: string[] = [];
  for (let at = 8; at + 8 <= bytes.length; at += 12 + bytes.readUInt32BE(at)) {
    chunks.push(bytes.toString('latin1', at + 4, at + 8));
  }
  // Colour types 4 and 6 carry alpha; the others may have a tRNS chunk for it.
  const transparent = colourType === 4 || colourType === 6 || chunks.includes('tRNS');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), transparent };
}

describe('the web app manifest', () => {
  it('names the app in Danish and opens it on "Mit forløb", in its own window', () => {
    expect(manifest).toMatchObject({
      id: '/',
      name: 'Sundhedscenter',
      short_name: 'Sundhedscenter',
      lang: 'da',
      start_url: sitePaths('da').myProgress,
      scope: '/',
      display: 'standalone',
    });
    expect(manifest.start_url).toBe('/mit-forloeb/');
    expect(String(manifest.description).length).toBeGreaterThan(20);
  });

  it('has the colours of the stylesheet: the accent for the title bar, the paper for the splash screen', () => {
    expect(manifest.theme_color).toBe(siteColours(globalCss).theme);
    expect(manifest.background_color).toBe(siteColours(globalCss).background);
    expect([manifest.theme_color, manifest.background_color]).toEqual(['#0b5a4a', '#ffffff']);
  });

  it('opens on a page the service worker keeps from the moment it is installed, so the app opens offline', () => {
    expect(startPages).toContain(manifest.start_url);
  });

  it('names PNG icons of 192 and 512 px for any use and a maskable one, each there in its size', () => {
    expect(icons.map(({ sizes, purpose }) => `${sizes} ${purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const { src, sizes, type, purpose } of icons) {
      expect(type, src).toBe('image/png');
      expect(existsSync(publicFile(src)), `${src} is in public/ (npm run icons)`).toBe(true);
      const { width, height, transparent } = pngHeader(publicFile(src));
      expect(`${width}x${height}`, src).toBe(sizes);
      // A maskable icon fills its square: the platform cuts the shape.
      if (purpose === 'maskable') expect(transparent, src).toBe(false);
    }
  });

  it('has a square, opaque touch icon for Safari', () => {
    const { width, height, transparent } = pngHeader(publicFile(appleTouchIcon.src));
    expect([width, height, transparent]).toEqual([180, 180, false]);
  });

  it('stays small: a normal Chromium window fetches it after every first visit’s load event', () => {
    expect(gzipSync(manifestText(), { level: 9 }).length).toBeLessThanOrEqual(320);
  });
});

describe('the colours read from the stylesheet', () => {
  it('come from the first :root, not the print one', () => {
    const css =
      ':root {\n  --ink: #111;\n  --paper: #FFFFFF;\n  --accent: #0b5a4a;\n}\n@media print { :root { --accent: #000; } }';
    expect(siteColours(css)).toEqual({ theme: '#0b5a4a', background: '#ffffff' });
  });

  it('are required as hex colours, with the file named', () => {
    expect(() => siteColours(':root { --paper: #fff; }', 'x.css')).toThrow('x.css: the first :root needs --accent');
    expect(() => siteColours(':root { --accent: var(--ink); --paper: #fff; }')).toThrow(/--accent as a hex colour/);
  });
});

describe('every page', () => {
  it('links the manifest and the touch icon, and colours the browser bar with the theme colour', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Base, { props: { title: 'Forside' } });
    expect(html).toContain(`<link rel="manifest" href="${manifestPath}">`);
    expect(html).toContain(`<link rel="apple-touch-icon" href="${appleTouchIcon.src}">`);
    expect(html).toContain(`<meta name="theme-color" content="${manifest.theme_color}">`);
  });
});
