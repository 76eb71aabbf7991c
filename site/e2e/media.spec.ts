import { expect, test } from '@playwright/test';
import { downloadLesson, videoLesson } from './pages.ts';

test('a video has captions on by default, fetches no video until played, and has a transcript by keyboard', async ({
  page,
}) => {
  const media: string[] = [];
  page.on('request', (request) => {
    // The captions (a few hundred bytes) may come early: the default track is loaded with the page.
    if (/\.(mp4|webm)$/.test(request.url())) media.push(request.url());
  });
  await page.goto(videoLesson);
  await page.waitForLoadState('networkidle');
  expect(media).toEqual([]);

  const video = page.locator('figure.media-video video');
  await expect(video).toHaveAttribute('preload', 'none');
  const track = video.locator('track');
  await expect(track).toHaveAttribute('kind', 'captions');
  await expect(track).toHaveAttribute('srclang', 'da');
  expect(await track.evaluate((element) => (element as HTMLTrackElement).default)).toBe(true);
  const captions = await page.request.get((await track.getAttribute('src')) ?? '');
  expect((await captions.text()).startsWith('WEBVTT')).toBe(true);

  const transcript = page.locator('figure.media-video details summary');
  await transcript.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('figure.media-video details p').first()).toBeVisible();
});

test('a download says its type and size, and the file is there', async ({ page }) => {
  await page.goto(downloadLesson);
  const link = page.getByRole('link', { name: 'Madplan for en uge' });
  await expect(link.locator('xpath=..')).toContainText(/\(PDF, \d+ kB\)/);
  const response = await page.request.get((await link.getAttribute('href')) ?? '');
  expect(response.status()).toBe(200);
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('pictures have alt text, a set size, and load lazily in AVIF or WebP', async ({ page }) => {
  await page.goto(videoLesson.replace('kom-i-gang-med-bevaegelse', 'mad-der-holder-blodsukkeret-stabilt'));
  const image = page.locator('figure.media img');
  await expect(image).toHaveAttribute('alt', /tallerken/);
  await expect(image).toHaveAttribute('loading', 'lazy');
  await expect(image).toHaveAttribute('width', /\d+/);
  await expect(image).toHaveAttribute('height', /\d+/);
  await expect(page.locator('figure.media source[type="image/avif"]')).toHaveCount(1);
  await image.scrollIntoViewIfNeeded();
  await expect
    .poll(() => image.evaluate((element) => (element as HTMLImageElement).currentSrc))
    .toMatch(/\.(avif|webp)$/);
});
