import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { pageHeaders } from '../src/integrations/securityHeaders.ts';
import { supabaseSettings } from '../src/integrations/supabaseSettings.ts';
import { lesson, pageTypes, search, videoLesson } from './pages.ts';

/*
 * The built site under the headers Netlify sends (netlify.toml and the build's CSP, served the same
 * way by the preview server): every page type loads and its interactive parts work with no Content-Security-Policy
 * violation, in the page or in its service worker.
 */

const expected = pageHeaders(supabaseSettings());

/** Records every CSP violation the browser reports: as an event in the page, or in the console. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) fromConsole.push(message.text());
  });
  page.on('pageerror', (error) => {
    if (/Content Security Policy/i.test(error.message)) fromConsole.push(error.message);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} in ${event.sourceFile}`),
    );
  });
  return async () => [
    ...fromConsole,
    ...(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])),
  ];
}

/** Opens a page, checks it came with the headers of netlify.toml, and wakes its first-use parts. */
async function open(page: Page, path: string) {
  const response = await page.goto(path);
  const headers = response?.headers() ?? {};
  for (const [name, value] of Object.entries(expected)) expect(headers[name.toLowerCase()], name).toBe(value);
  await page.keyboard.press('Tab');
}

// One test per page type and language, so each has its own time however many pages there are.
for (const language of ['da', 'en'] as const) {
  for (const [name, path] of Object.entries(pageTypes[language])) {
    test(`the ${name} page (${language}) loads with no CSP violation`, async ({ page }) => {
      const violations = await watchViolations(page);
      await open(page, path);
      await page.waitForLoadState('networkidle');
      expect(await violations(), path).toEqual([]);
    });
  }
}

test('the service worker installs and takes control under the CSP', async ({ page }) => {
  const violations = await watchViolations(page);
  await open(page, pageTypes.da.offline);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  expect(await violations()).toEqual([]);
});

test('a lesson checks a quiz answer and records progress under the CSP', async ({ page }) => {
  const violations = await watchViolations(page);
  await open(page, lesson);
  const quiz = page.locator('form[data-quiz]').first();
  await quiz.getByRole('radio').first().check();
  await quiz.getByRole('button', { name: 'Tjek mit svar' }).click();
  await expect(quiz.getByRole('status')).not.toBeEmpty();
  await expect.poll(() => page.evaluate(() => typeof window.API?.LMSGetValue)).toBe('function');
  await page.getByRole('button', { name: 'Markér lektionen som gennemført' }).click();
  await expect(page.getByText('Du har gennemført denne lektion.')).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('a video loads with its captions under the CSP', async ({ page }) => {
  const violations = await watchViolations(page);
  await open(page, videoLesson);
  const video = page.locator('figure.media-video video');
  // Ask for the file itself, as pressing play does; media-src decides whether it may load.
  await video.evaluate((element) => {
    const media = element as HTMLVideoElement;
    media.preload = 'metadata';
    media.load();
  });
  await expect.poll(() => video.evaluate((element) => (element as HTMLVideoElement).readyState)).toBeGreaterThan(0);
  await expect
    .poll(() => video.evaluate((element) => (element as HTMLVideoElement).textTracks[0]?.cues?.length ?? 0))
    .toBeGreaterThan(0);
  expect(await violations()).toEqual([]);
});

test('search returns results under the CSP, with Pagefind in WebAssembly', async ({ page }) => {
  const violations = await watchViolations(page);
  await open(page, `${search}?q=fodterapeut`);
  await expect(page.locator('search-box ol a[href*="foedderne-og-diabetes"]')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Søgeord' }).fill('blodsukker');
  await expect(page.locator('search-box ol a[href*="maal-dit-blodsukker"]')).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('the build writes for Netlify the same Content-Security-Policy the preview server sends', async () => {
  const written = readFileSync(new URL('../dist/_headers', import.meta.url), 'utf8');
  expect(written).toBe(`/*\n  Content-Security-Policy: ${expected['Content-Security-Policy']}\n`);
});
