import { expect, type Page, test } from '@playwright/test';
import { separator } from '../src/search/decompound.ts';
import { pageTypes, program, search } from './pages.ts';

/* The search page: our own markup on Pagefind's JS API (site/src/views/SearchPage.astro). */

const searchBox = (page: Page, name = 'Søgeord') => page.getByRole('searchbox', { name });
/** The polite live region that says how many results there are for what. */
const status = (page: Page) => page.locator('search-box').getByRole('status');
const resultLinks = (page: Page) => page.locator('search-box ol > li a');
const filters = (page: Page) => page.locator('search-box details');

const shownPaths = (page: Page) =>
  resultLinks(page).evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));

/** Searches and reads the results shown: the live region speaks once the list is drawn. */
async function resultPaths(page: Page, query: string): Promise<string[]> {
  await searchBox(page).fill(query);
  await expect(status(page)).toContainText(`«${query}»`);
  return shownPaths(page);
}

/** The number in "12 resultater for «mad»". */
const announcedCount = async (page: Page) => Number((await status(page).textContent())?.match(/^\d+/)?.[0] ?? 0);

test('search finds the one lesson that mentions a word, and says so in the live region', async ({ page }) => {
  await page.goto(search);
  expect(await resultPaths(page, 'fodterapeut')).toEqual([`${program}pas-godt-paa-dig-selv/foedderne-og-diabetes/`]);
  await expect(status(page)).toHaveText('1 resultat for «fodterapeut»');
  await expect(status(page)).toHaveAttribute('role', 'status');
  await searchBox(page).fill('xyzzyq');
  await expect(status(page)).toHaveText('Ingen resultater for «xyzzyq»');
  await expect(resultLinks(page)).toHaveCount(0);
});

test('Pagefind loads on first use, not with the page, and without a worker; the filters when the reader comes to them; a query in the address is searched at once', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => void requests.push(new URL(request.url()).pathname));
  await page.goto(search);
  await page.waitForLoadState('networkidle');
  expect(requests.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
  await page.keyboard.press('Tab');
  await expect.poll(() => requests.includes('/pagefind/pagefind.js')).toBe(true);
  await resultPaths(page, 'mad');
  expect(requests.filter((path) => path.startsWith('/pagefind/filter/'))).toEqual([]);
  await filters(page).locator('summary').focus();
  // Closed, the disclosure keeps them from view, but they are in the page.
  await expect(filters(page).locator('label', { hasText: /^Lektion \(\d+\)$/ })).toBeAttached();
  expect(requests.some((path) => path.startsWith('/pagefind/filter/'))).toBe(true);

  await page.goto(`${search}?q=fodterapeut`);
  await expect(searchBox(page)).toHaveValue('fodterapeut');
  await expect(page.locator('search-box ol a[href*="foedderne-og-diabetes"]')).toBeVisible();
  expect(requests.filter((path) => /worker|component-ui/.test(path))).toEqual([]);
});

test('a search typed before Pagefind has loaded is not lost, and is kept in the address', async ({ page }) => {
  await page.goto(search);
  await searchBox(page).pressSequentially('fodterapeut');
  await expect(page.locator('search-box ol a[href*="foedderne-og-diabetes"]')).toBeVisible();
  await expect(page).toHaveURL(/\?q=fodterapeut$/);
});

test('when Pagefind cannot be fetched (offline) the live region says so, and the next search tries again', async ({
  page,
}) => {
  await page.route('**/pagefind/pagefind.js*', (route) => route.abort('internetdisconnected'));
  await page.goto(search);
  await searchBox(page).fill('fodterapeut');
  await expect(status(page)).toHaveText('Søgningen kunne ikke hentes. Prøv igen.');
  await page.unroute('**/pagefind/pagefind.js*');
  await page.getByRole('button', { name: 'Søg', exact: true }).click();
  await expect(status(page)).toHaveText('1 resultat for «fodterapeut»');

  // The same for results a page fetches later: "show more" stays to be tried again.
  await resultPaths(page, 'mad');
  await page.route('**/pagefind/fragment/**', (route) => route.abort('internetdisconnected'));
  const more = page.getByRole('button', { name: 'Vis flere resultater' });
  await more.click();
  await expect(status(page)).toHaveText('Søgningen kunne ikke hentes. Prøv igen.');
  await page.unroute('**/pagefind/fragment/**');
  await more.click();
  await expect(resultLinks(page)).toHaveCount(9);
});

test('a result shows its title as a link and an excerpt with the matched words marked', async ({ page }) => {
  await page.goto(search);
  await resultPaths(page, 'fodterapeut');
  const result = page.locator('search-box ol > li').first();
  await expect(result.getByRole('heading', { level: 2 }).getByRole('link')).toHaveText('Fødderne og diabetes');
  await expect(result.locator('p mark').first()).toContainText(/fodterapeut/i);
});

test('excerpts show compounds as written: "sukker" marks "blodsukker", with no separator the index put in', async ({
  page,
}) => {
  await page.goto(search);
  await resultPaths(page, 'sukker');
  const excerpts = page.locator('search-box ol > li p');
  const texts = await excerpts.allTextContents();
  expect(texts.join(' ')).toMatch(/blodsukker/i);
  expect(await excerpts.locator('mark').allTextContents()).toContainEqual(expect.stringMatching(/^blodsukker/i));
  for (const text of texts) {
    expect(text).not.toContain(separator);
    expect(text).not.toMatch(/blod-sukker/i);
  }
  // Hyphens the author wrote stay.
  expect(texts.join(' ')).toContain('type 2-diabetes');
});

/** Every result for a query, through Pagefind's own API (the page shows the first few). */
async function allResults(page: Page, query: string): Promise<string[]> {
  return page.evaluate(async (term) => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    // As the search page does: the site serves no worker script (build/pagefindBundle.ts).
    await pagefind.options({ noWorker: true });
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
  const all = await announcedCount(page);
  await filters(page).getByText('Afgræns søgningen').focus();
  await page.keyboard.press('Enter');
  for (const group of ['Type', 'Forløb', 'Kommune']) {
    await expect(filters(page).getByRole('group', { name: group })).toBeVisible();
  }
  // Each value says how many results for "mad" have it.
  const lessons = filters(page).getByRole('checkbox', { name: /^Lektion/ });
  await expect(lessons).toHaveAccessibleName(/^Lektion \(\d+\)$/);
  const lessonCount = Number((await lessons.evaluate((box) => box.parentElement?.textContent))?.match(/\d+/)?.[0]);
  expect(lessonCount).toBeGreaterThan(0);
  expect(lessonCount).toBeLessThan(all);
  await filters(page)
    .getByRole('checkbox', { name: /^Lev livet med KOL/ })
    .focus();
  await page.keyboard.press('Space');
  await filters(page)
    .getByRole('checkbox', { name: /^Lektion/ })
    .focus();
  await page.keyboard.press('Space');
  await expect.poll(() => announcedCount(page)).toBeLessThan(all);
  const paths = await shownPaths(page);
  expect(paths.length).toBeGreaterThan(0);
  expect(paths.every((path) => path.startsWith('/forloeb/lev-livet-med-kol/') && path.split('/').length === 6)).toBe(
    true,
  );
});

test('keyboard only: type, Tab to a filter, Space toggles it, the results narrow and the live region says so', async ({
  page,
}) => {
  await page.goto(search);
  const focusedIs = (name: string) =>
    page.evaluate((label) => {
      const element = document.activeElement;
      return element instanceof HTMLInputElement && (element.labels?.[0]?.textContent ?? element.id).startsWith(label);
    }, name);
  /** Tabs forward until focus is on the field or box named so (a bounded number of times). */
  async function tabTo(name: string) {
    for (let step = 0; step < 40 && !(await focusedIs(name)); step++) await page.keyboard.press('Tab');
    expect(await focusedIs(name)).toBe(true);
  }
  await tabTo('Søgeord');
  await page.keyboard.type('mad');
  await expect(status(page)).toContainText('«mad»');
  const all = await announcedCount(page);
  // The field, the search button, then the filters' disclosure: opened with Enter.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(filters(page).locator('summary')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(filters(page).getByRole('checkbox').first()).toBeVisible();
  await tabTo('Lektion');
  await page.keyboard.press('Space');
  await expect(filters(page).getByRole('checkbox', { name: /^Lektion/ })).toBeChecked();
  await expect.poll(() => announcedCount(page)).toBeLessThan(all);
  await expect(status(page)).toHaveText(/^\d+ resultater for «mad»$/);
  expect((await shownPaths(page)).every((path) => path.split('/').length === 6)).toBe(true);
  await page.keyboard.press('Space');
  await expect.poll(() => announcedCount(page)).toBe(all);
});

test('"show more" adds the next results and moves focus to the first of them', async ({ page }) => {
  await page.goto(search);
  await resultPaths(page, 'mad');
  const total = await announcedCount(page);
  expect(total).toBeGreaterThan(9);
  // Three at first, six more at a time (SearchPage.astro).
  await expect(resultLinks(page)).toHaveCount(3);
  const more = page.getByRole('button', { name: 'Vis flere resultater' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(resultLinks(page)).toHaveCount(9);
  await expect(resultLinks(page).nth(3)).toBeFocused();
  for (let shown = 9; shown < total; shown += 6) {
    await more.click();
    await expect(resultLinks(page)).toHaveCount(Math.min(shown + 6, total));
  }
  await expect(more).toBeHidden();
  expect(new Set(await shownPaths(page)).size).toBe(total);
});

test('the English site searches the English index, in English', async ({ page }) => {
  await page.goto(pageTypes.en.search);
  const paths = await allResults(page, 'blood sugar');
  expect(paths).toContain(pageTypes.en.lesson);
  expect(paths.every((path) => path.startsWith('/en/'))).toBe(true);

  await searchBox(page, 'Search words').fill('blood sugar');
  await expect(status(page)).toHaveText(/^\d+ results? for “blood sugar”$/);
  expect((await shownPaths(page)).every((path) => path.startsWith('/en/'))).toBe(true);
  await filters(page).getByText('Narrow the search').click();
  for (const group of ['Type', 'Program', 'Municipality']) {
    await expect(filters(page).getByRole('group', { name: group })).toBeVisible();
  }
});
