import { expect, test } from '@playwright/test';
import { search } from './pages.ts';

test('search finds the one lesson that mentions a word', async ({ page }) => {
  await page.goto(search);
  const input = page.getByRole('combobox').or(page.getByRole('searchbox')).first();
  await input.fill('fodterapeut');
  const results = page.locator('pagefind-results a[href*="/forloeb/"]');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((links) => [
    ...new Set(links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)),
  ]);
  expect(hrefs).toEqual(['/forloeb/lev-livet-med-type-2-diabetes/pas-godt-paa-dig-selv/foedderne-og-diabetes/']);
});
