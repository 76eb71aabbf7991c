import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { lesson, module, program, search } from './pages.ts';

const pageTypes = { home: '/', program, module, lesson, search };

for (const [name, path] of Object.entries(pageTypes)) {
  test(`axe finds no WCAG 2.1 AA violations on the ${name} page`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(
      violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
}

test('axe finds no violations on any lesson page of any program, whatever blocks it holds', async ({ page }) => {
  const hrefs = (selector: string) =>
    page.locator(selector).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  await page.goto('/');
  const programs = await hrefs('main h2 a[href^="/forloeb/"]');
  expect(programs.length).toBe(5);
  const lessons: string[] = [];
  for (const path of programs) {
    await page.goto(path);
    lessons.push(...(await hrefs('.lesson-row a')));
  }
  expect(lessons.length).toBeGreaterThanOrEqual(30);
  for (const path of lessons) {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(
      violations.map(({ id, nodes }) => `${path} ${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  }
});

test('axe finds no violations on the search page with results shown', async ({ page }) => {
  await page.goto(search);
  await page.getByRole('combobox').or(page.getByRole('searchbox')).first().fill('blodsukker');
  await expect(page.locator('pagefind-results a[href*="/forloeb/"]').first()).toBeVisible();
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(violations.map(({ id }) => id)).toEqual([]);
});
