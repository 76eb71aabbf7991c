import { expect, type Page, test } from '@playwright/test';
import { pageTypes, program, search } from './pages.ts';

async function resultPaths(page: Page, query: string, prefix = '/forloeb/'): Promise<string[]> {
  await page.getByRole('searchbox', { name: 'Søgeord' }).fill(query);
  const results = page.locator(`pagefind-results a[href^="${prefix}"], pagefind-results a[href*="${prefix}"]`);
  await expect(results.first()).toBeVisible();
  // The list can be drawn again just after (the search UI searches a query typed before it loaded
  // once more): read it when it holds links, not in between.
  let paths: string[] = [];
  await expect
    .poll(async () => {
      paths = await results.evaluateAll((links) => [
        ...new Set(links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)),
      ]);
      return paths.length;
    })
    .toBeGreaterThan(0);
  return paths;
}

test('search finds the one lesson that mentions a word', async ({ page }) => {
  await page.goto(search);
  expect(await resultPaths(page, 'fodterapeut')).toEqual([`${program}pas-godt-paa-dig-selv/foedderne-og-diabetes/`]);
});

test('the search UI loads on first use, not with the page; a query in the address is searched at once', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => void scripts.push(new URL(request.url()).pathname));
  await page.goto(search);
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
  await page.keyboard.press('Tab');
  await expect.poll(() => scripts.includes('/pagefind/pagefind-component-ui.js')).toBe(true);

  await page.goto(`${search}?q=fodterapeut`);
  await expect(page.getByRole('searchbox', { name: 'Søgeord' })).toHaveValue('fodterapeut');
  await expect(page.locator('pagefind-results a[href*="foedderne-og-diabetes"]').first()).toBeVisible();
});

test('a search typed before the UI has loaded is not lost, and is kept in the address', async ({ page }) => {
  await page.goto(search);
  await page.getByRole('searchbox', { name: 'Søgeord' }).pressSequentially('fodterapeut');
  await expect(page.locator('pagefind-results a[href*="foedderne-og-diabetes"]').first()).toBeVisible();
  await expect(page).toHaveURL(/\?q=fodterapeut$/);
});

/** Every result for a query, through Pagefind's own API (the UI shows the first few). */
async function allResults(page: Page, query: string): Promise<string[]> {
  return page.evaluate(async (term) => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    const { results } = await pagefind.search(term);
    const pages: { url: string }[] = await Promise.all(
      results.map((result: { data: () => Promise<{ url: string }> }) => result.data()),
    );
    return pages.map(({ url }) => url);
  }, query);
}

test('"sukker" finds lessons that only say "blodsukker", "blodsukkeret" or "blodsukkermåling"', async ({ page }) => {
  await page.goto(search);
  const paths = await allResults(page, 'sukker');
  expect(paths).toContain(`${program}forstaa-din-diabetes/maal-dit-blodsukker/`);
  expect(paths).toContain(`${program}mad-og-bevaegelse/mad-der-holder-blodsukkeret-stabilt/`);
});

test('"hjerte" finds "hjertesygdom", and "sygdom" finds lessons that only say it inside a compound', async ({
  page,
}) => {
  await page.goto(search);
  // This lesson says "hjertesygdom" and never "sygdom" on its own.
  const everyday =
    '/forloeb/lev-livet-med-hjertesygdom/livet-videre-med-hjertesygdom/hverdag-sex-og-arbejde-med-hjertesygdom/';
  expect(await allResults(page, 'hjerte')).toContain(everyday);
  expect(await allResults(page, 'sygdom')).toContain(everyday);
});

test('results can be narrowed to a program and a content type, by keyboard', async ({ page }) => {
  await page.goto(search);
  await resultPaths(page, 'mad');
  const filters = page.locator('pagefind-filter-pane');
  for (const group of ['Type', 'Forløb', 'Kommune']) {
    await expect(filters.locator('summary', { hasText: new RegExp(`^${group}`) })).toBeVisible();
  }
  await filters.locator('summary', { hasText: /^Forløb/ }).focus();
  await page.keyboard.press('Enter');
  await filters.getByRole('checkbox', { name: /^Lev livet med KOL/ }).focus();
  await page.keyboard.press('Space');
  await filters.locator('summary', { hasText: /^Type/ }).click();
  await filters.getByRole('checkbox', { name: /^Lektion/ }).focus();
  await page.keyboard.press('Space');
  const shown = () =>
    page
      .locator('pagefind-results a[href^="/forloeb/"]')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  await expect.poll(async () => (await shown()).length).toBeGreaterThan(0);
  const paths = await shown();
  expect(paths.every((path) => path.startsWith('/forloeb/lev-livet-med-kol/') && path.split('/').length === 6)).toBe(
    true,
  );
});

test('the English site searches the English index', async ({ page }) => {
  await page.goto(pageTypes.en.search);
  const paths = await allResults(page, 'blood sugar');
  expect(paths).toContain(pageTypes.en.lesson);
  expect(paths.every((path) => path.startsWith('/en/'))).toBe(true);
});
