import { expect, test } from '@playwright/test';
import { wcagViolations } from './axe.ts';
import { asOwner } from './backend/database.ts';
import { needsLocalInbox, signedInOn } from './backend/signIn.ts';

/*
 * The cohort dashboard and the evaluation against the local stack, on the demo cohort "Diabetes-
 * holdet": two citizens stall (no activity for 30 days), the dashboard flags them at risk in
 * words, and the evaluation hides the group of 3 who dropped out while showing the cohort's size.
 */

needsLocalInbox();
test.describe.configure({ timeout: 90_000 });

const cohort = '00000000-0000-4000-8000-0000000e0001';
const hanne = '00000000-0000-4000-8000-00000000a007';
const soeren = '00000000-0000-4000-8000-00000000a008';

test('the dashboard flags citizens who stalled, and the evaluation hides the group of 3 who dropped out', async ({
  browser,
}) => {
  await asOwner(`update public.progress set updated_at = now() - interval '30 days' where user_id = any($1)`, [
    [hanne, soeren],
  ]);
  const karen = await signedInOn(browser, 'karen@personale.sundhedscenter.local', '/personale/hold/');
  await expect(karen.locator('.loading')).toBeHidden();
  await expect(karen).toHaveURL(new RegExp(`hold=${cohort}`));
  const citizen = (name: string) => karen.locator('.cohort-citizens li').filter({ hasText: name });
  await expect(citizen('Søren Larsen')).toContainText('I risiko: ingen aktivitet i 14 dage');
  await expect(citizen('Hanne Pedersen')).toContainText('I risiko');
  await expect(citizen('Per Jørgensen')).toContainText('udeblev fra en samtale');
  await expect(citizen('Jens Nielsen')).not.toContainText('I risiko');
  await expect(citizen('Jens Nielsen')).toContainText('Startsamtale: holdt');
  // The chart's figures, as a table.
  await expect(karen.locator('.module-chart tbody tr').first()).toContainText(/\d+ af \d+/);
  expect(await wcagViolations(karen)).toEqual([]);
  // The team records who came: Søren did not come to the welcome webinar after all; Per's missed
  // start-session was held after all. The figures follow.
  const came = karen.getByLabel('Søren Larsen deltog');
  await expect(came).toBeChecked();
  await came.uncheck();
  await expect(karen.locator('cohort-dashboard .said')).toHaveText('Søren Larsen er registreret som udeblevet.');
  await expect(citizen('Søren Larsen')).toContainText('Webinarer: deltog i 0 af 1');
  const outcome = karen.getByLabel(/^Per Jørgensen, startsamtale/);
  await expect(outcome).toHaveValue('missed');
  await outcome.selectOption('held');
  await outcome.press('Tab');
  await karen.keyboard.press('Enter');
  await expect(karen.locator('cohort-dashboard .said')).toHaveText('Per Jørgensen: Holdt er gemt.');
  await expect(citizen('Per Jørgensen')).not.toContainText('I risiko');
  await expect(citizen('Per Jørgensen')).toContainText('Startsamtale: holdt');
  // Each citizen shown was logged as read by Karen.
  const logged = await asOwner<{ n: number }>(
    `select count(*)::int as n from public.audit_log where action = 'cohort_dashboard' and subject_id = $1`,
    [soeren],
  );
  expect(logged[0]?.n).toBeGreaterThan(0);

  await karen.goto('/personale/evaluering/');
  await expect(karen.locator('.loading')).toBeHidden();
  // Whole calendar years only: the year the demo cohort started.
  const [started] = await asOwner<{ year: string }>(
    'select extract(year from starts_on)::text as year from public.cohorts where id = $1',
    [cohort],
  );
  await karen.getByLabel('Hold, der startede i året').selectOption(started?.year ?? '');
  await karen.getByRole('button', { name: 'Vis tallene' }).click();
  const table = karen.locator('.evaluation-table').first();
  const figure = (name: string) =>
    table.locator('tr').filter({ has: karen.getByRole('rowheader', { name, exact: true }) });
  await expect(figure('Faldet fra')).toContainText('Skjult (under 5)');
  await expect(figure('Tilmeldte')).toContainText(/\d/);
  // No figure from 1 to 4 is shown anywhere.
  const shown = await karen.locator('.evaluation-table td').allTextContents();
  expect(shown.filter((text) => /^[1-4]$/.test(text.trim()))).toEqual([]);
  expect(await wcagViolations(karen)).toEqual([]);
  const download = karen.waitForEvent('download');
  await karen.getByRole('button', { name: 'Hent som CSV (til Excel)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^evaluering-.+\.csv$/);
});

test('a new cohort, an invitation, and the team’s limits, by keyboard', async ({ browser }) => {
  const karen = await signedInOn(browser, 'karen@personale.sundhedscenter.local', '/personale/hold/');
  await expect(karen.locator('.loading')).toBeHidden();
  const title = `Forårsholdet ${Date.now() % 100000}`;
  await karen.getByLabel('Holdets navn').fill(title);
  await karen.getByLabel('Startdato').fill('2027-03-01');
  await karen.getByRole('button', { name: 'Opret holdet' }).press('Enter');
  await expect(karen.getByRole('heading', { level: 2, name: title })).toBeFocused();
  await expect(karen.locator('.cohort-about')).toContainText('Kode til at deltage');
  await karen.getByLabel('Borgerens e-mail').fill('Ny.Borger@Eksempel.dk ');
  await karen.getByRole('button', { name: 'Inviter' }).click();
  await expect(karen.locator('ul.invitations')).toContainText('ny.borger@eksempel.dk');
  await karen.getByLabel('I risiko efter dage uden aktivitet (3–90)').fill('2');
  await karen.getByRole('button', { name: 'Gem grænserne' }).click();
  await expect(karen.getByRole('alert')).toHaveText('Udfyld feltet rigtigt.');
  await expect(karen.getByLabel('I risiko efter dage uden aktivitet (3–90)')).toBeFocused();
  await karen.getByLabel('I risiko efter dage uden aktivitet (3–90)').fill('14');
  await karen.getByRole('button', { name: 'Gem grænserne' }).click();
  await expect(karen.locator('cohort-dashboard .said')).toHaveText('Grænserne er gemt.');
});
