import { expect, type Page, test } from '@playwright/test';
import { wcagViolations } from './axe.ts';
import { lesson, pageTypes, program, videoLesson } from './pages.ts';

/*
 * Offline reading through the service worker. `setOffline` cuts the service worker off too: the
 * page that was never opened shows the offline page, which proves the others came from the device.
 */

/** The reader's first key press registers the worker; the page is kept once it is stored. */
async function keepByReading(page: Page, path: string) {
  await page.goto(path);
  await page.keyboard.press('Tab');
  await expect
    .poll(() =>
      page.evaluate(async () => Boolean(navigator.serviceWorker.controller && (await caches.match(location.href)))),
    )
    .toBe(true);
}

test('a downloaded program can be read with the browser offline: every page, its pictures, marking a lesson done', async ({
  context,
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(program);
  const download = page.getByRole('button', { name: 'Hent forløbet' });
  await download.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Forløbet er hentet:' })).toBeVisible({ timeout: 30_000 });
  const summary = await page.getByRole('status').filter({ hasText: 'Forløbet er hentet:' }).textContent();
  console.log(summary);
  const pages = await page
    .locator('[data-program-pages] a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  expect(pages.length).toBeGreaterThan(6);

  await context.setOffline(true);
  for (const path of pages) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Du er offline');
  }
  // Downloaded on a phone-sized window; on a wide one the browser asks for a wider picture.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(lesson);
  const picture = page.locator('figure.media img').first();
  await picture.scrollIntoViewIfNeeded();
  await expect.poll(() => picture.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Markér lektionen som gennemført' }).click();
  await page.goto(program);
  await expect(page.locator('.lesson-row', { hasText: 'Mål dit blodsukker' }).locator('lesson-status')).toHaveText(
    'Gennemført',
  );
  await expect(page.getByText(/^Forløbet er hentet til denne enhed/)).toBeVisible();
});

test('a lesson read once stays readable offline; a page never opened shows the offline page in its language', async ({
  context,
  page,
}) => {
  await keepByReading(page, lesson);
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title ?? '');

  await page.goto(videoLesson);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du er offline');
  await page.goto(pageTypes.en.lesson);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  expect(await wcagViolations(page)).toEqual([]);
});

test('a page shown from the device says when the server has a newer version, and shows it on request', async ({
  page,
}) => {
  await keepByReading(page, lesson);
  const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  // The kept copy is made older than the server's: its heading differs.
  await page.evaluate(async (heading) => {
    const kept = await caches.match(location.href);
    const html = (await kept?.text()) ?? '';
    const cache = await caches.open('sundhed-pages-v1');
    const older = html.replace(`>${heading}</h1>`, '>En ældre udgave</h1>');
    await cache.put(location.href, new Response(older, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }));
  }, title);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('En ældre udgave');
  await expect(page.getByText('Der er kommet en nyere udgave af denne side.')).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Vis den nye udgave' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

test('with no connection, downloading says it did not finish', async ({ context, page }) => {
  await page.goto(program);
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Hent forløbet' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Forløbet blev ikke hentet helt.' })).toBeVisible();
  await expect(page.getByText(/^Forløbet er hentet/)).toHaveCount(0);
});
