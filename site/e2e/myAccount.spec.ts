import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { wcagViolations } from './axe.ts';
import { asOwner } from './backend/database.ts';
import { freshEmail, needsLocalInbox, signedInOn } from './backend/signIn.ts';

/*
 * "Min konto" against the local stack: a new citizen changes the name others see and the e-mails
 * they get, downloads all their data (a readable page and the JSON), sees which professional read
 * their data, and deletes the account after a second confirmation.
 */

needsLocalInbox();
test.describe.configure({ timeout: 90_000 });

const karen = '00000000-0000-4000-8000-00000000b001';

test('signed out, the account page asks the reader to sign in', async ({ page }) => {
  await page.goto('/min-konto/');
  await expect(page.getByText('Log ind for at se din konto.')).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);
  await page.goto('/en/my-account/');
  await expect(page.getByText('Sign in to see your account.')).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);
});

test('a citizen names themself, chooses e-mails, downloads their data, sees who read it, and deletes the account', async ({
  browser,
}) => {
  const email = freshEmail();
  const page = await signedInOn(browser, email, '/min-konto/');
  const [person] = await asOwner<{ id: string }>('select id from auth.users where email = $1', [email]);
  const id = person?.id ?? '';
  // A professional of the team read this person's messages (as thread_messages logs it).
  const [logged] = await asOwner<{ id: string }>(
    `insert into public.audit_log (actor_id, subject_id, action) values ($1, $2, 'thread_messages') returning id`,
    [karen, id],
  );
  await page.reload();
  const status = page.locator('my-account').getByRole('status');

  // The name, by keyboard.
  const name = page.getByLabel('Navn', { exact: true });
  await name.fill('');
  await name.press('Enter');
  await expect(page.locator('my-account').getByRole('alert')).toHaveText('Navnet skal have mellem 1 og 80 tegn.');
  await expect(name).toBeFocused();
  await name.fill('Mette Madsen');
  await name.press('Enter');
  await expect(status).toHaveText('Dit navn er gemt.');
  expect(await asOwner('select display_name from public.profiles where id = $1', [id])).toEqual([
    { display_name: 'Mette Madsen' },
  ]);

  // No e-mails about answers.
  await page.getByLabel('Når mit sundhedsteam har svaret mig').uncheck();
  await page.getByRole('button', { name: 'Gem mine valg' }).click();
  await expect(status).toHaveText('Dine valg er gemt.');
  expect(
    await asOwner('select webinars, messages from public.notification_choices where profile_id = $1', [id]),
  ).toEqual([{ webinars: true, messages: false }]);

  // Who read it: Karen, with her role, and what she saw.
  const reads = page.getByRole('table');
  await expect(reads.getByRole('row').nth(1)).toContainText('Karen Holm, sundhedsprofessionel');
  await expect(reads.getByRole('row').nth(1)).toContainText('Læste dine beskeder');
  expect(await wcagViolations(page)).toEqual([]);

  // All of it, as a page and as a file.
  const [html] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Hent som læsbar side' }).click(),
  ]);
  expect(html.suggestedFilename()).toBe('mine-data.html');
  const document = await readFile((await html.path()) ?? '', 'utf8');
  expect(document).toContain('<h1>Mine data fra Sundhedscenter</h1>');
  expect(document).toContain('<h2>Din profil</h2>');
  expect(document).toContain('Mette Madsen');
  expect(document).toContain('<h2>Hvem har læst dine data</h2>');
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Hent som datafil (JSON)' }).click(),
  ]);
  const data = JSON.parse(await readFile((await json.path()) ?? '', 'utf8'));
  expect(data.profile).toMatchObject({ id, display_name: 'Mette Madsen' });
  expect(data.email_choices).toEqual({ webinars: true, messages: false });
  expect(data.reads_of_my_data).toEqual([expect.objectContaining({ by: 'Karen Holm', action: 'thread_messages' })]);

  // Deleting needs a second, explicit confirmation.
  await page.getByRole('button', { name: 'Slet min konto …' }).click();
  await expect(page.getByLabel('Jeg forstår, at min konto og mine data bliver slettet for altid')).toBeFocused();
  await page.getByRole('button', { name: 'Ja, slet min konto nu' }).click();
  await expect(page.locator('my-account').getByRole('alert')).toHaveText(
    'Sæt flueben for at bekræfte, at du vil slette din konto.',
  );
  expect(await asOwner('select 1 from auth.users where id = $1', [id])).toHaveLength(1);
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Ja, slet min konto nu' }).press('Enter');
  await expect(status).toHaveText('Din konto er slettet. Tak, fordi du brugte Sundhedscenter.');
  expect(await asOwner('select 1 from auth.users where id = $1', [id])).toEqual([]);
  // Who read it stays on record, under a pseudonym.
  expect(await asOwner('select subject_erased from public.audit_log where id = $1', [logged?.id])).toEqual([
    { subject_erased: true },
  ]);
  expect(await asOwner('select 1 from public.audit_log where subject_id = $1', [id])).toEqual([]);
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Log ind' })).toBeVisible();
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('sundhedscenter.'))),
  ).toEqual([]);
  expect(await wcagViolations(page)).toEqual([]);
  await page.context().close();
});
