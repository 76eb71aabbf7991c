import { describe, expect, it } from 'vitest';
import { filesToDownload, isKeptFile, pictureGroups } from '../src/offline/files.ts';

const page = 'https://sundhed.example/forloeb/a/b/c/';
const picture = `<picture><source type="image/avif" srcset="/media/a480.avif 480w, /media/a960.avif 960w, /media/a1440.avif 1440w" sizes="100vw"><source type="image/webp" srcset="/media/a480.webp 480w, /media/a960.webp 960w"><img src="/media/a960.webp" alt="x"></picture>`;
const html = `<link rel="stylesheet" href="/_astro/site.Ab1.css"><script type="module" src="/_astro/hub.Cd2.js"></script>
<a href="/forloeb/a/">Forløb</a>${picture}
<video><source src="/media/v.mp4" type="video/mp4"><track src="/media/v.vtt"></video>
<a href="/media/plan.pdf" download>Madplan</a><a href="https://other.example/media/x.pdf">x</a>`;

describe('what a page needs offline', () => {
  it('keeps styles, scripts, pictures and documents, not video, sound, captions or pages', () => {
    expect(['/_astro/x.css', '/_astro/x.js', '/media/p.avif', '/media/d.pdf', '/favicon.svg'].every(isKeptFile)).toBe(
      true,
    );
    expect(
      ['/media/v.mp4', '/media/s.mp3', '/media/c.vtt', '/forloeb/a/', '/sw.js', '/pagefind/x.js'].some(isKeptFile),
    ).toBe(false);
  });

  it('downloads one variant per picture: the narrowest of the first format that fills the width', () => {
    expect(filesToDownload(html, page, 720).sort()).toEqual(
      ['/_astro/site.Ab1.css', '/_astro/hub.Cd2.js', '/media/a960.avif', '/media/plan.pdf'].sort(),
    );
    expect(filesToDownload(html, page, 300)).toContain('/media/a480.avif');
    expect(filesToDownload(html, page, 4000)).toContain('/media/a1440.avif');
  });

  it('takes a picture without sources by its own src, and ignores other sites', () => {
    expect(filesToDownload('<picture><img src="/media/only.webp" alt=""></picture>', page, 720)).toEqual([
      '/media/only.webp',
    ]);
    expect(filesToDownload('<img src="https://other.example/media/x.webp">', page, 720)).toEqual([]);
  });

  it('knows every variant of each picture, so offline one can stand in for another', () => {
    expect(pictureGroups(`${picture}<p>text</p>${picture.replaceAll('/a', '/b')}`)).toEqual([
      [
        '/media/a480.avif',
        '/media/a960.avif',
        '/media/a1440.avif',
        '/media/a480.webp',
        '/media/a960.webp',
        '/media/a960.webp',
      ],
      [
        '/media/b480.avif',
        '/media/b960.avif',
        '/media/b1440.avif',
        '/media/b480.webp',
        '/media/b960.webp',
        '/media/b960.webp',
      ],
    ]);
  });
});
