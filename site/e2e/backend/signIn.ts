import { type Browser, expect, type Page, test } from '@playwright/test';
import { mailsTo, signInCodeFor } from '../../../scripts/backend/mailInbox.ts';
import { e2eInboxUrl } from './ports.ts';

/* Signing in as a reader does, with the code from the local inbox: shared by the e2e specs. */

/**
 * For a spec that signs people in: it runs against the local stack the e2e starts, and is skipped
 * only when the site was built for a real project (SUPABASE_URL), whose codes go to real mailboxes.
 */
export function needsLocalInbox(): void {
  test.skip(
    Boolean(process.env.SUPABASE_URL),
    'Sign-in codes are read from the local mail inbox, which a real project has not.',
  );
}

/** The sign-in form's status line (other parts of the page have their own). */
export const announced = (page: Page) => page.locator('sign-in-form').getByRole('status');

let counter = 0;
export const freshEmail = () => `e2e.${Date.now()}.${++counter}@eksempel.dk`;

/** Signs in by keyboard from the sign-in page the reader is on; returns once the code is accepted. */
export async function signInByKeyboard(page: Page, email: string) {
  const sent = (await mailsTo(e2eInboxUrl, email)).length;
  await page.getByLabel('Din e-mail').focus();
  await page.keyboard.type(email);
  await page.keyboard.press('Enter');
  await expect(announced(page)).toContainText(`Vi har sendt en kode til ${email}`);
  await expect(page.getByLabel('Koden fra e-mailen (6 cifre)')).toBeFocused();
  await page.keyboard.type(await signInCodeFor(e2eInboxUrl, email, { count: sent + 1 }));
  await page.keyboard.press('Enter');
}

/** A new browser context (another person's device) signed in as `email`, on `path`. */
export async function signedInOn(browser: Browser, email: string, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`/log-ind/?tilbage=${encodeURIComponent(path)}`);
  await signInByKeyboard(page, email);
  await expect(page).toHaveURL(path);
  return page;
}
