import { expect, type Page, test } from '@playwright/test';
import { wcagViolations } from './axe.ts';
import { lesson, lessonCount, pageTypes, program } from './pages.ts';

const apiValue = (page: Page, element: string) => page.evaluate((name) => window.API?.LMSGetValue(name), element);

test('scorm-again is not loaded before the reader interacts, and is in place before anything is recorded', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto(lesson);
  await page.waitForLoadState('networkidle');
  expect(scripts.some((url) => url.includes('scorm12'))).toBe(false);
  expect(await page.evaluate(() => 'API' in window)).toBe(false);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes('progress')))).toEqual([]);

  await page.keyboard.press('Tab');
  await expect.poll(() => page.evaluate(() => typeof window.API?.LMSGetValue)).toBe('function');
  expect(await apiValue(page, 'cmi.core.lesson_status')).toBe('incomplete');
});

test('a completed lesson stays completed after reload and a closed tab, and shows on the program page', async ({
  context,
  page,
}) => {
  await page.goto(lesson);
  await page.getByRole('button', { name: 'Markér lektionen som gennemført' }).click();
  await expect(page.getByText('Du har gennemført denne lektion.')).toBeVisible();
  await expect.poll(() => apiValue(page, 'cmi.core.lesson_status')).toBe('completed');

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
  await expect.poll(() => apiValue(again, 'cmi.core.lesson_status')).toBe('completed');
});

test('a lesson, quiz included, can be completed by keyboard alone', async ({ page }) => {
  await page.goto(lesson);
  await expect(page.getByRole('link', { name: /Forrige lektion: Hvad er type 2-diabetes\?/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Næste lektion: Mad der holder blodsukkeret stabilt/ })).toBeVisible();

  const quiz = page.locator('form[data-quiz]').first();
  const firstOption = quiz.getByRole('radio').first();
  // Tab through the page until the quiz's first option has focus, as a keyboard user would.
  for (
    let presses = 0;
    presses < 60 && !(await firstOption.evaluate((input) => input === document.activeElement));
    presses++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(firstOption).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(quiz.getByRole('radio').nth(1)).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(quiz.getByRole('button', { name: 'Tjek mit svar' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(quiz.getByRole('status')).not.toBeEmpty();

  await page.getByRole('button', { name: 'Markér lektionen som gennemført' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Du har gennemført denne lektion.')).toBeVisible();
});

test('quiz answers and ticks are kept after reload, with score and session time', async ({ page }) => {
  const footLesson = `${program}pas-godt-paa-dig-selv/foedderne-og-diabetes/`;
  await page.goto(footLesson);
  const quiz = page.locator('form[data-quiz]').first();
  const correct = (await quiz.getAttribute('data-correct'))?.split(' ').map(Number) ?? [];
  const option = (index: number) => quiz.locator('input').nth(index);
  for (const index of correct) await option(index).check();
  await quiz.getByRole('button', { name: 'Tjek mit svar' }).click();
  await expect(quiz.getByRole('status')).toHaveText('Rigtigt!');
  await expect.poll(() => apiValue(page, 'cmi.core.score.raw')).toBe('100');
  const tick = page.locator('[data-checklist] input[type="checkbox"]').first();
  await tick.check();

  await page.reload();
  for (const index of correct) await expect(option(index)).toBeChecked();
  await expect(quiz.getByRole('status')).toHaveText('Rigtigt!');
  await expect(tick).toBeChecked();
  const stored = await page.evaluate(() =>
    JSON.parse(localStorage.getItem('sundhedscenter.progress.v2.foedderne-og-diabetes') ?? '{}'),
  );
  expect(JSON.parse(stored.cmi.suspend_data)).toMatchObject({ q: { [`${await quiz.getAttribute('id')}`]: correct } });
  expect(stored.cmi.core.score.raw).toBe('100');
  expect(stored.cmi.core.total_time).toMatch(/^\d{2,4}:\d{2}:\d{2}/);
});

test('a reflection is kept as the reader types, also when the tab is closed at once', async ({ context, page }) => {
  const reflectionLesson = `${program}forstaa-din-diabetes/hvad-er-type-2-diabetes/`;
  await page.goto(reflectionLesson);
  await page.getByLabel('Dine tanker (kun du kan se dem)').fill('Jeg vil gå en tur efter aftensmaden.');
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto(reflectionLesson);
  await expect(again.getByLabel('Dine tanker (kun du kan se dem)')).toHaveValue('Jeg vil gå en tur efter aftensmaden.');
});

test('the program page resumes where the reader left off', async ({ page }) => {
  await page.goto(lesson);
  await page.locator('form[data-quiz]').first().scrollIntoViewIfNeeded();
  const quizId = await page.locator('form[data-quiz]').first().getAttribute('id');
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          JSON.parse(localStorage.getItem('sundhedscenter.progress.v2.maal-dit-blodsukker') ?? '{}').cmi?.core
            ?.lesson_location,
      ),
    )
    .toBeTruthy();
  await page.goto(program);
  const resume = page.getByRole('link', { name: 'Fortsæt, hvor du slap: Mål dit blodsukker' });
  await expect(resume).toBeVisible();
  expect(await resume.getAttribute('href')).toMatch(new RegExp(`^${lesson}#[\\w-]+$`));
  expect(quizId).toBeTruthy();
});

test('offline, every change is still saved and queued for the server', async ({ context, page }) => {
  await page.goto(lesson);
  await page.keyboard.press('Tab');
  await expect.poll(() => page.evaluate(() => typeof window.API)).toBe('object');
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Markér lektionen som gennemført' }).click();
  await expect(page.getByText('Du har gennemført denne lektion.')).toBeVisible();
  const queued = await page.evaluate(() => JSON.parse(localStorage.getItem('sundhedscenter.outbox.v1') ?? '{}'));
  expect(queued['maal-dit-blodsukker']).toMatchObject({ lesson: 'maal-dit-blodsukker', status: 'completed' });
  await context.setOffline(false);
});

test('progress the server refused for good stays visible on "Mit forløb", named by lesson', async ({ page }) => {
  await page.goto(pageTypes.da.myProgress);
  const refused = page.getByRole('region', { name: 'Ikke gemt på din konto' });
  await expect(refused).toBeHidden();
  await page.evaluate(() => {
    const record = (lesson: string) => ({
      lesson,
      status: 'completed',
      location: '',
      suspendData: '',
      score: null,
      updatedAt: '2026-11-27T10:00:00.000Z',
    });
    localStorage.setItem(
      'sundhedscenter.outbox.set-aside.v1',
      JSON.stringify({
        'maal-dit-blodsukker': { record: record('maal-dit-blodsukker'), reason: 'too long', kind: 'too-long' },
        'fjernet-lektion': { record: record('fjernet-lektion'), reason: 'Unknown lesson', kind: 'invalid' },
      }),
    );
  });
  await page.reload();
  await expect(refused.getByRole('listitem')).toHaveText(['Mål dit blodsukker', 'fjernet-lektion']);
  expect(await wcagViolations(page)).toEqual([]);
});
