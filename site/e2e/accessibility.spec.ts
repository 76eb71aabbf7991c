import { expect, test } from '@playwright/test';
import { wcagViolations } from './axe.ts';
import { pageTypes, search } from './pages.ts';

for (const [locale, pages] of Object.entries(pageTypes)) {
  for (const [name, path] of Object.entries(pages)) {
    test(`axe finds no WCAG 2.1 AA violations on the ${name} page (${locale})`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(await wcagViolations(page)).toEqual([]);
    });
  }
}

test('axe finds no violations on any lesson page of any program, whatever blocks it holds', async ({ page }) => {
  const hrefs = (selector: string) =>
    page.locator(selector).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  await page.goto('/');
  const programs = await hrefs('main h3 a[href^="/forloeb/"]');
  expect(programs.length).toBe(5);
  const lessons: string[] = [];
  for (const path of programs) {
    await page.goto(path);
    lessons.push(...(await hrefs('.lesson-row a')));
  }
  expect(lessons.length).toBeGreaterThanOrEqual(30);
  // The time grows with the content: about a second per page, three allowed on a loaded machine.
  test.setTimeout(30_000 + lessons.length * 3_000);
  for (const path of lessons) {
    await page.goto(path);
    expect(await wcagViolations(page)).toEqual([]);
  }
});

test('axe finds no violations on the search page with results shown, and with the filters open and one on', async ({
  page,
}) => {
  await page.goto(search);
  await page.getByRole('searchbox', { name: 'Søgeord' }).fill('blodsukker');
  const status = page.locator('search-box').getByRole('status');
  await expect(status).toContainText('«blodsukker»');
  await expect(page.locator('search-box ol a').first()).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);
  await page.locator('search-box summary').click();
  const before = await status.textContent();
  await page
    .locator('search-box details')
    .getByRole('checkbox', { name: /^Lektion/ })
    .check();
  await expect(status).not.toHaveText(before ?? '');
  expect(await wcagViolations(page)).toEqual([]);
});

test('axe finds no violations on the English search page with results shown', async ({ page }) => {
  await page.goto(pageTypes.en.search);
  await page.getByRole('searchbox', { name: 'Search words' }).fill('blood sugar');
  await expect(page.locator('search-box').getByRole('status')).toContainText('“blood sugar”');
  await page.locator('search-box summary').click();
  expect(await wcagViolations(page)).toEqual([]);
});
