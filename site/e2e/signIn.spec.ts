import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import { signInCodeFor } from '../../scripts/backend/mailInbox.ts';
import { wcagViolations } from './axe.ts';
import { e2eInboxUrl } from './backend/ports.ts';
import { announced, freshEmail, needsLocalInbox, signInByKeyboard } from './backend/signIn.ts';
import { lesson, program } from './pages.ts';

/*
 * Signing in with a code from the mail, against the local stack (site/e2e/backend/): by keyboard,
 * announced, with clear refusals; progress made signed out joins the account and follows it to a
 * second browser (another device); signing out with "forget this device" leaves nothing behind.
 */

needsLocalInbox();

const personalKeys = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('sundhedscenter.')));

/** A new browser context (another device) with `email` signed in on the sign-in page. */
async function signedInDevice(browser: Browser, email: string, path = '/log-ind/') {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(path);
  await signInByKeyboard(page, email);
  return { context, page };
}

/** Waits until this device's outbox for the signed-in account has sent everything. */
async function outboxSent(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(() =>
        Object.entries(localStorage).filter(
          ([key, value]) => key.startsWith('sundhedscenter.outbox.v1.') && value !== '{}',
        ),
      ),
    )
    .toEqual([]);
}

async function completeLesson(page: Page) {
  await page.goto(lesson);
  await page.getByRole('button', { name: 'Markér lektionen som gennemført' }).click();
  await expect(page.getByText('Du har gennemført denne lektion.')).toBeVisible();
}

/** The status of "Mål dit blodsukker" on the program page the reader is on. */
const lessonRow = (page: Page) =>
  page.locator('.lesson-row', { hasText: 'Mål dit blodsukker' }).locator('lesson-status');

async function lessonRowStatus(context: BrowserContext) {
  const page = await context.newPage();
  await page.goto(program);
  return lessonRow(page);
}

test('"Log ind" in the header leads to the sign-in page and, signed in, back to the page the reader came from', async ({
  page,
}) => {
  await page.goto(lesson);
  await page.getByRole('link', { name: 'Log ind' }).click();
  await expect(page).toHaveURL(/\/log-ind\/\?tilbage=/);
  expect(await wcagViolations(page)).toEqual([]);

  const email = freshEmail();
  await signInByKeyboard(page, email);
  await expect(page).toHaveURL(lesson);
  await expect(page.getByRole('link', { name: 'Min konto' })).toBeVisible();
});

test('a wrong code, and a malformed address, are refused clearly, announced and tied to the field', async ({
  page,
}) => {
  await page.goto('/log-ind/');
  await page.getByLabel('Din e-mail').fill('ikke-en-adresse');
  await page.getByRole('button', { name: 'Send mig en kode' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Det ligner ikke en e-mailadresse/);
  await expect(page.getByLabel('Din e-mail')).toBeFocused();
  await expect(page.getByLabel('Din e-mail')).toHaveAttribute('aria-invalid', 'true');

  const email = freshEmail();
  await page.getByLabel('Din e-mail').fill(email);
  await page.getByRole('button', { name: 'Send mig en kode' }).click();
  await expect(page.getByRole('alert')).toBeHidden();
  const code = await signInCodeFor(e2eInboxUrl, email);
  const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
  await page.getByLabel('Koden fra e-mailen (6 cifre)').fill(wrong);
  await page.getByRole('button', { name: 'Log ind', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(/Koden er forkert eller for gammel/);
  await expect(page.getByLabel('Koden fra e-mailen (6 cifre)')).toBeFocused();
  expect(await wcagViolations(page)).toEqual([]);

  await page.getByLabel('Koden fra e-mailen (6 cifre)').fill(code);
  await page.getByRole('button', { name: 'Log ind', exact: true }).click();
  await expect(announced(page)).toHaveText(`Du er logget ind som ${email}.`);
  expect(await wcagViolations(page)).toEqual([]);
});

test('in English, the same steps and refusals are in English', async ({ page }) => {
  await page.goto('/en/sign-in/');
  const email = freshEmail();
  await page.getByLabel('Your e-mail').fill(email);
  await page.getByRole('button', { name: 'Send me a code' }).click();
  await expect(announced(page)).toContainText(`We have sent a code to ${email}`);
  await page.getByLabel('The code from the e-mail (6 digits)').fill('000000');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText(/The code is wrong or too old/);
});

test('no connection is said plainly, and nothing is lost', async ({ page, context }) => {
  await page.goto('/log-ind/');
  await page.getByLabel('Din e-mail').fill(freshEmail());
  await page.getByLabel('Din e-mail').focus();
  // Let the sign-in code load first: offline, only the backend is out of reach.
  await page.waitForLoadState('networkidle');
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Send mig en kode' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Der er ingen forbindelse til internettet/);
  // The address is still there: back online, one press sends the code.
  await context.setOffline(false);
  await page.getByRole('button', { name: 'Send mig en kode' }).click();
  await expect(announced(page)).toContainText('Vi har sendt en kode til');
});

test('progress made signed out joins the account at sign-in, and a second device sees it', async ({ browser }) => {
  const email = freshEmail();
  const phone = await browser.newContext();
  const phonePage = await phone.newPage();
  await completeLesson(phonePage);
  await phonePage.goto('/log-ind/');
  await signInByKeyboard(phonePage, email);
  await expect(announced(phonePage)).toHaveText(`Du er logget ind som ${email}.`);

  const fresh = await browser.newContext();
  await expect(await lessonRowStatus(fresh)).toHaveText('Ikke startet');
  const laptop = await signedInDevice(browser, email, `/log-ind/?tilbage=${encodeURIComponent(program)}`);
  await expect(laptop.page).toHaveURL(program);
  await expect(lessonRow(laptop.page)).toHaveText('Gennemført');
  await laptop.page.goto('/mit-forloeb/');
  await expect(laptop.page.getByRole('heading', { name: 'Lev livet med type 2-diabetes' })).toBeVisible();
  for (const context of [phone, fresh, laptop.context]) await context.close();
});

test('progress made signed in on one device reaches the other', async ({ browser }) => {
  const email = freshEmail();
  const phone = await signedInDevice(browser, email);
  await expect(announced(phone.page)).toHaveText(`Du er logget ind som ${email}.`);
  await completeLesson(phone.page);
  await outboxSent(phone.page);

  const laptop = await signedInDevice(browser, email, `/log-ind/?tilbage=${encodeURIComponent(program)}`);
  await expect(lessonRow(laptop.page)).toHaveText('Gennemført');
  await phone.context.close();
  await laptop.context.close();
});

test('a device that stays signed in brings in what another device did, on its next page', async ({ browser }) => {
  const email = freshEmail();
  const laptop = await signedInDevice(browser, email);
  await expect(announced(laptop.page)).toHaveText(`Du er logget ind som ${email}.`);
  const phone = await signedInDevice(browser, email);
  await expect(announced(phone.page)).toHaveText(`Du er logget ind som ${email}.`);
  await completeLesson(phone.page);
  await outboxSent(phone.page);

  // A new tab on the laptop: its first use of the page brings the account's progress in.
  const later = await laptop.context.newPage();
  await later.goto(program);
  await later.keyboard.press('Tab');
  await expect
    .poll(() => later.evaluate(() => Object.keys(localStorage).some((key) => key.includes('maal-dit-blodsukker'))))
    .toBe(true);
  await later.reload();
  await expect(lessonRow(later)).toHaveText('Gennemført');
  await phone.context.close();
  await laptop.context.close();
});

test('signing out with "forget this device" leaves no progress, notes or session in the browser', async ({ page }) => {
  const email = freshEmail();
  await page.goto('/log-ind/');
  await signInByKeyboard(page, email);
  await expect(announced(page)).toHaveText(`Du er logget ind som ${email}.`);
  await completeLesson(page);
  await page.goto('/mit-forloeb/');
  expect((await personalKeys(page)).length).toBeGreaterThan(0);

  await page.getByRole('link', { name: 'Min konto' }).click();
  await expect(page).toHaveURL('/min-konto/');
  await page.getByRole('button', { name: 'Log ud og glem denne enhed' }).click();
  await expect(page.locator('my-account').getByRole('status')).toHaveText(
    'Du er logget ud, og dit fremskridt og dine noter er fjernet fra denne enhed.',
  );
  expect(await personalKeys(page)).toEqual([]);
  expect(await page.evaluate(() => caches.keys())).toEqual([]);
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Log ind' })).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);
});

test('signing out without forgetting keeps this device’s progress, and the account keeps it too', async ({ page }) => {
  const email = freshEmail();
  await page.goto('/log-ind/');
  await signInByKeyboard(page, email);
  await expect(announced(page)).toHaveText(`Du er logget ind som ${email}.`);
  await completeLesson(page);
  await page.goto('/log-ind/');
  await page.getByRole('button', { name: 'Log ud' }).click();
  await expect(announced(page)).toHaveText('Du er logget ud.');
  await page.goto(program);
  await expect(lessonRow(page)).toHaveText('Gennemført');
  expect(await page.evaluate(() => localStorage.getItem('sundhedscenter.auth'))).toBeNull();
});
