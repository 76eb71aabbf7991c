import { expect, test } from '@playwright/test';
import { fallbackLesson, pageTypes } from './pages.ts';

test('the language switch leads to the same page in the other language, and hreflang names both', async ({ page }) => {
  await page.goto(pageTypes.da.lesson);
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  const alternates = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) =>
      links.map((link) => `${link.getAttribute('hreflang')} ${new URL(link.getAttribute('href') ?? '').pathname}`),
    );
  expect(alternates.sort()).toEqual(
    [`da ${pageTypes.da.lesson}`, `en ${pageTypes.en.lesson}`, `x-default ${pageTypes.da.lesson}`].sort(),
  );

  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(pageTypes.en.lesson);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Measuring your blood sugar');
  await expect(page.getByRole('button', { name: 'Mark the lesson as completed' })).toBeVisible();

  await page.getByRole('link', { name: 'Dansk' }).click();
  await expect(page).toHaveURL(pageTypes.da.lesson);
});

test('an untranslated lesson on the English site says so, marks its text Danish and stays out of search engines', async ({
  page,
}) => {
  await page.goto(fallbackLesson);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText('This text is not yet available in English')).toBeVisible();
  await expect(page.locator('article')).toHaveAttribute('lang', 'da');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  expect(await page.locator('link[rel="alternate"][hreflang]').count()).toBe(0);
  // The switch still leads to the Danish original.
  await page.getByRole('link', { name: 'Dansk' }).click();
  await expect(page).toHaveURL('/forloeb/lev-livet-med-kol/forstaa-din-kol/hvad-er-kol/');
});

test('every page links the accessibility statement from its footer, in its own language', async ({ page }) => {
  for (const [locale, name] of [
    ['da', 'Tilgængelighedserklæring'],
    ['en', 'Accessibility statement'],
  ] as const) {
    await page.goto(pageTypes[locale].lesson);
    await page.getByRole('contentinfo').getByRole('link', { name }).click();
    await expect(page).toHaveURL(pageTypes[locale].accessibility);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  }
});

test('the English glossary, whose terms are all Danish for now, says so and stays out of search engines', async ({
  page,
}) => {
  await page.goto(pageTypes.en.glossary);
  await expect(page.getByText('This text is not yet available in English')).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
});
