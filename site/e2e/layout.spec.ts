import { expect, test } from '@playwright/test';
import { module, pageTypes } from './pages.ts';

const everyPage = Object.values(pageTypes).flatMap((pages) => Object.values(pages));

// 320 CSS px is a small phone, and also a 1280 px screen at 400% zoom; 640 px is 1280 px at 200%.
for (const width of [320, 640]) {
  test(`no page scrolls sideways at ${width} px width`, async ({ page }) => {
    // A time that grows with the pages, so a larger site does not decide whether CI passes.
    test.setTimeout(15_000 + everyPage.length * 2_000);
    await page.setViewportSize({ width, height: 800 });
    const wide: string[] = [];
    for (const path of everyPage) {
      await page.goto(path);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > width) wide.push(`${path}: ${scrollWidth} px`);
    }
    expect(wide).toEqual([]);
  });
}

test('a whole module prints cleanly: every lesson, each on a new page, no menus or buttons', async ({ page }) => {
  await page.goto(module);
  const titles = await page.locator('.card-list h3').allTextContents();
  expect(titles.length).toBeGreaterThanOrEqual(2);
  await page.getByRole('link', { name: 'Udskriv hele modulet' }).click();
  await page.emulateMedia({ media: 'print' });
  const lessons = page.locator('.print-lesson');
  expect(await lessons.locator('h2').allTextContents()).toEqual(titles);
  const breaks = await lessons.evaluateAll((sections) =>
    sections.map((section) => getComputedStyle(section).breakBefore),
  );
  expect(breaks).toEqual(titles.map((_, index) => (index === 0 ? 'auto' : 'page')));
  for (const hidden of ['.site-header', '.site-footer', 'form[data-quiz] button']) {
    for (const element of await page.locator(hidden).all()) await expect(element).toBeHidden();
  }
  await expect(page.locator('form[data-quiz]').first().locator('.quiz-reveal')).toBeVisible();
});

test('motion is reduced when the reader asks for it', async ({ page }) => {
  await page.goto(pageTypes.da.lesson);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
});

test('keyboard focus is always visible, and the skip link leads to the content', async ({ page }) => {
  await page.goto(pageTypes.da.lesson);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Gå til indhold' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  expect(await skip.evaluate((link) => getComputedStyle(link).outlineStyle)).toBe('solid');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
