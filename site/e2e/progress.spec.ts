import { expect, test } from '@playwright/test';
import { lesson, lessonCount, program } from './pages.ts';

test('scorm-again is not loaded before the reader interacts', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto(lesson);
  await page.waitForLoadState('networkidle');
  expect(scripts.some((url) => url.includes('scorm12'))).toBe(false);
  expect(await page.evaluate(() => 'API' in window)).toBe(false);

  await page.keyboard.press('Tab');
  await expect.poll(() => page.evaluate(() => typeof window.API?.LMSGetValue)).toBe('function');
  expect(await page.evaluate(() => window.API?.LMSGetValue('cmi.core.lesson_status'))).toBe('incomplete');
});

test('a completed lesson stays completed after reload and a closed tab, and shows on the program page', async ({
  context,
  page,
}) => {
  await page.goto(lesson);
  await page.getByRole('button', { name: 'Markér lektionen som gennemført' }).click();
  await expect(page.getByText('Du har gennemført denne lektion.')).toBeVisible();
  expect(await page.evaluate(() => window.API?.LMSGetValue('cmi.core.lesson_status'))).toBe('completed');

  await page.reload();
  await expect(page.getByText('Du har gennemført denne lektion.')).toBeVisible();
  await page.close();

  const again = await context.newPage();
  await again.goto(program);
  const row = again.locator('.lesson-row', { hasText: 'Mål dit blodsukker' });
  await expect(row.locator('lesson-status')).toHaveText('Gennemført');
  await expect(
    again.locator('.lesson-row', { hasText: 'Hvad er type 2-diabetes?' }).locator('lesson-status'),
  ).toHaveText('Ikke startet');
  await expect(again.getByText(`1 af ${lessonCount} lektioner gennemført`)).toBeVisible();

  await again.goto(lesson);
  await again.keyboard.press('Tab');
  await expect.poll(() => again.evaluate(() => window.API?.LMSGetValue('cmi.core.lesson_status'))).toBe('completed');
});

test('a lesson can be completed by keyboard alone, and links to the lessons around it', async ({ page }) => {
  await page.goto(lesson);
  await expect(page.getByRole('link', { name: /Forrige lektion: Hvad er type 2-diabetes\?/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Næste lektion: Mad der holder blodsukkeret stabilt/ })).toBeVisible();
  await page.getByRole('button', { name: 'Markér lektionen som gennemført' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Du har gennemført denne lektion.')).toBeVisible();
});
