import { type Browser, expect, test } from '@playwright/test';
import { wcagViolations } from './axe.ts';
import { asOwner } from './backend/database.ts';
import { needsLocalInbox, signedInOn } from './backend/signIn.ts';

/*
 * Start- and end-sessions against the local stack: signed out the page asks to sign in; the demo
 * citizens Anna and Bent, both served by the demo team, see its free times; one books a time by
 * keyboard, the other, a moment later, cannot book the same time; a cancellation frees it.
 */

needsLocalInbox();

const team = '00000000-0000-4000-8000-0000000d0001';
const karen = '00000000-0000-4000-8000-00000000b001';

const signedIn = (browser: Browser, email: string) => signedInOn(browser, email, '/samtaler/');

test('signed out, the sessions page asks the reader to sign in', async ({ page }) => {
  await page.goto('/samtaler/');
  await expect(page.getByText('Log ind for at se de ledige tider')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Book/ })).toHaveCount(0);
  expect(await wcagViolations(page)).toEqual([]);
});

test('a time is booked by one citizen and cannot be booked again by another; cancelling frees it', async ({
  browser,
}) => {
  // A free time of the demo team, five days ahead at an odd minute, so it is this test's own.
  const minute = 5 + (Date.now() % 50);
  await asOwner(
    `insert into public.appointment_slots (team_id, professional_id, kind, starts_at, ends_at)
     values ($1, $2, 'end', date_trunc('day', now()) + interval '5 days 13 hours' + make_interval(mins => $3),
             date_trunc('day', now()) + interval '5 days 13 hours 30 minutes' + make_interval(mins => $3))`,
    [team, karen, minute],
  );
  const anna = await signedIn(browser, 'anna@borger.sundhedscenter.local');
  const bent = await signedIn(browser, 'bent@borger.sundhedscenter.local');
  const slotName = new RegExp(`^Book: Slutsamtale .* kl\\. 1[34]\\.${String(minute).padStart(2, '0')}`);
  await expect(anna.getByRole('button', { name: slotName })).toHaveCount(1);
  await expect(bent.getByRole('button', { name: slotName })).toHaveCount(1);

  await anna.getByRole('button', { name: slotName }).focus();
  await anna.keyboard.press('Enter');
  await expect(anna.locator('session-booking').getByRole('status')).toContainText('Du har booket Slutsamtale');
  await expect(anna.getByRole('heading', { name: 'Mine samtaler' })).toBeFocused();
  await expect(anna.getByRole('button', { name: 'Aflys samtalen' })).toHaveCount(1);
  await expect(anna.getByRole('button', { name: slotName })).toHaveCount(0);
  expect(await wcagViolations(anna)).toEqual([]);

  // "Mit forløb" lists it among Anna's appointments, leading to where it is changed.
  await anna.goto('/mit-forloeb/');
  const booked = new RegExp(`^Slutsamtale .* kl\\. 1[34]\\.${String(minute).padStart(2, '0')}.* med Karen Holm`);
  await expect(anna.getByRole('region', { name: 'Dine aftaler' }).getByRole('link', { name: booked })).toHaveAttribute(
    'href',
    '/samtaler/',
  );
  expect(await wcagViolations(anna)).toEqual([]);
  await anna.goto('/samtaler/');

  // Bent's page still offers the time; the database says no.
  await bent.getByRole('button', { name: slotName }).click();
  await expect(bent.locator('session-booking').getByRole('alert')).toHaveText(
    'Den tid er lige blevet booket af en anden. Vælg en anden tid.',
  );
  await expect(bent.getByRole('button', { name: slotName })).toHaveCount(0);

  await anna.getByRole('button', { name: 'Aflys samtalen' }).click();
  await expect(anna.locator('session-booking').getByRole('status')).toHaveText('Samtalen er aflyst.');
  await bent.reload();
  await expect(bent.getByRole('button', { name: slotName })).toHaveCount(1);
  await anna.context().close();
  await bent.context().close();
});

test('a booked session opens its video meeting only from 15 minutes before the start', async ({ browser }) => {
  const minute = 5 + (Date.now() % 50);
  const [soon] = await asOwner<{ id: string }>(
    `insert into public.appointment_slots (team_id, professional_id, kind, starts_at, ends_at)
     values ($1, $2, 'start', now() + interval '10 minutes', now() + interval '40 minutes') returning id`,
    [team, karen],
  );
  const [later] = await asOwner<{ id: string }>(
    `insert into public.appointment_slots (team_id, professional_id, kind, starts_at, ends_at)
     values ($1, $2, 'start', date_trunc('day', now()) + interval '6 days 8 hours' + make_interval(mins => $3),
             date_trunc('day', now()) + interval '6 days 8 hours 30 minutes' + make_interval(mins => $3)) returning id`,
    [team, karen, minute],
  );
  await asOwner(
    `insert into public.slot_links values ($1, 'https://video.example/snart'), ($2, 'https://video.example/senere')`,
    [soon?.id, later?.id],
  );
  const anna = await signedIn(browser, 'anna@borger.sundhedscenter.local');
  for (const name of [
    /^Book: Startsamtale .* kl\. \d\d\.\d\d–/,
    new RegExp(`^Book: Startsamtale .*\\.${String(minute).padStart(2, '0')}–`),
  ]) {
    await anna.getByRole('button', { name }).first().click();
    await expect(anna.locator('session-booking').getByRole('status')).toContainText('Du har booket');
  }
  const join = anna.getByRole('button', { name: 'Gå til videosamtalen' });
  await expect(join).toHaveCount(1);
  await expect(anna.getByText('Linket til videosamtalen kommer her 15 minutter før start.')).toHaveCount(1);
  // Pressed, it asks the meeting function (POST /api/moede) for this person's way in, and goes there.
  await anna.route('https://video.example/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Video</title>' }),
  );
  await join.click();
  await expect(anna).toHaveURL('https://video.example/snart');
  // Leave the demo as it was: cancel both.
  await asOwner(`update public.appointments set status = 'cancelled' where slot_id = any($1)`, [[soon?.id, later?.id]]);
  await anna.context().close();
});
