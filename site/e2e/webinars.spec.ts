import { type Browser, expect, type Page, test } from '@playwright/test';
import { mailsTo } from '../../scripts/backend/mailInbox.ts';
import { wcagViolations } from './axe.ts';
import { asOwner } from './backend/database.ts';
import { e2eFunctionsUrl, e2eInboxUrl } from './backend/ports.ts';
import { needsLocalInbox, signedInOn } from './backend/signIn.ts';

/*
 * The webinars page against the local stack, with the demo citizens Anna (Kolding) and Bent
 * (Svendborg), both served by the demo team: the open webinar to anyone, registration by keyboard,
 * the last seat taken and the next person on the waitlist, a cancellation moving them up, a
 * calendar file, and the meeting link from 15 minutes before the start.
 */

needsLocalInbox();

const anna = 'anna@borger.sundhedscenter.local';
const bent = 'bent@borger.sundhedscenter.local';
const team = '00000000-0000-4000-8000-0000000d0001';

/** A webinar of the demo team made for one test: open to all, `seats` seats, starting in `minutes`. */
async function webinar(title: string, seats: number, minutes = 3 * 24 * 60) {
  const [row] = await asOwner<{ id: string }>(
    `insert into public.webinar_sessions (team_id, title, starts_at, ends_at, capacity)
     values ($1, $2, now() + make_interval(mins => $3), now() + make_interval(mins => $3 + 60), $4) returning id`,
    [team, title, minutes, seats],
  );
  return row?.id ?? '';
}

const signedIn = (browser: Browser, email: string) => signedInOn(browser, email, '/webinarer/');

const card = (page: Page, title: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });

test('anyone sees the open webinars with time, facilitators and seats; signing in is offered', async ({ page }) => {
  await page.goto('/webinarer/');
  const spoergetime = card(page, 'Spørgetime om blodsukker');
  await expect(spoergetime).toContainText(/kl\. 17\.00–18\.00/);
  await expect(spoergetime).toContainText('60 minutter');
  await expect(spoergetime).toContainText('(sygeplejerske)');
  await expect(spoergetime).toContainText(/ledige pladser/);
  await expect(spoergetime.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Log ind for at tilmelde dig' })).toBeVisible();
  // The cohort's webinar is for its members only.
  await expect(card(page, 'Holdets første webinar')).toHaveCount(0);
  expect(await wcagViolations(page)).toEqual([]);
});

test('the last seat is taken, the next person waits, and a cancellation moves them up', async ({ browser }) => {
  const title = `Træning i stolen ${Date.now()}`;
  await webinar(title, 1);
  const annaPage = await signedIn(browser, anna);
  const bentPage = await signedIn(browser, bent);

  // Anna, by keyboard: the button takes the last seat.
  await card(annaPage, title).getByRole('button', { name: 'Tilmeld mig' }).focus();
  await annaPage.keyboard.press('Enter');
  await expect(annaPage.locator('webinar-list').getByRole('status')).toHaveText(`Du er tilmeldt ${title}.`);
  await expect(card(annaPage, title)).toContainText('Du er tilmeldt.');
  await expect(card(annaPage, title).getByRole('button', { name: 'Afmeld mig' })).toBeFocused();
  expect(await wcagViolations(annaPage)).toEqual([]);

  await bentPage.reload();
  await expect(card(bentPage, title)).toContainText('Alle pladser er taget');
  await card(bentPage, title).getByRole('button', { name: 'Skriv mig på ventelisten' }).click();
  await expect(card(bentPage, title)).toContainText('Du er nr. 1 på ventelisten');

  const mailsBefore = (await mailsTo(e2eInboxUrl, bent)).length;
  await card(annaPage, title).getByRole('button', { name: 'Afmeld mig' }).click();
  await expect(annaPage.locator('webinar-list').getByRole('status')).toHaveText(`Du er afmeldt ${title}.`);
  await bentPage.reload();
  await expect(card(bentPage, title)).toContainText('Du er tilmeldt.');
  // The scheduled sender's next run tells Bent, by e-mail, that there is news; nothing more.
  await fetch(`${e2eFunctionsUrl}/.netlify/functions/send-notifications`);
  const mails = await mailsTo(e2eInboxUrl, bent);
  expect(mails).toHaveLength(mailsBefore + 1);
  expect(mails.at(-1)?.text).toContain('Du har fået en plads på et webinar');
  expect(mails.at(-1)?.text).not.toContain(title);
  await annaPage.context().close();
  await bentPage.context().close();
});

test('a registration gives a calendar file, and the way into the meeting only from 15 minutes before the start', async ({
  browser,
}) => {
  const soon = `Snart ${Date.now()}`;
  const later = `Senere ${Date.now()}`;
  const soonId = await webinar(soon, 5, 10);
  const laterId = await webinar(later, 5, 60);
  await asOwner(
    `insert into public.session_links values ($1, 'https://møde.example/snart'), ($2, 'https://møde.example/senere')`,
    [soonId, laterId],
  );
  const page = await signedIn(browser, anna);
  for (const title of [soon, later]) await card(page, title).getByRole('button', { name: 'Tilmeld mig' }).click();
  await expect(card(page, soon).getByRole('button', { name: 'Gå til webinaret' })).toBeVisible();
  await expect(card(page, later)).toContainText('Linket til webinaret kommer her 15 minutter før start.');
  await expect(card(page, later).getByRole('button', { name: 'Gå til webinaret' })).toHaveCount(0);

  const download = page.waitForEvent('download');
  await card(page, later).getByRole('link', { name: 'Læg i min kalender (.ics)' }).click();
  const file = await (await download).path();
  const { readFileSync } = await import('node:fs');
  const ics = readFileSync(file, 'utf8');
  expect(ics).toContain('BEGIN:VEVENT');
  expect(ics).toContain(`SUMMARY:${later}`);
  expect(ics).toMatch(/DTSTART:\d{8}T\d{6}Z/);
  expect(ics).not.toContain('møde.example');

  // Pressed, the button asks the meeting function (POST /api/moede) for her way in, and goes there.
  await page.route(/\/snart$/, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Webinar</title>' }),
  );
  await card(page, soon).getByRole('button', { name: 'Gå til webinaret' }).click();
  await expect(page).toHaveURL(/\/snart$/);
  await page.context().close();
});

test('with no link set by the team (fixed-link provider), pressing the button says so and keeps focus', async ({
  browser,
}) => {
  const title = `Uden link ${Date.now()}`;
  await webinar(title, 5, 10);
  const page = await signedIn(browser, anna);
  await card(page, title).getByRole('button', { name: 'Tilmeld mig' }).click();
  const join = card(page, title).getByRole('button', { name: 'Gå til webinaret' });
  await join.click();
  await expect(card(page, title).getByRole('alert')).toHaveText(
    'Teamet har ikke lagt et link til mødet endnu. Prøv igen om lidt, eller skriv til teamet.',
  );
  await expect(join).toBeFocused();
  await expect(page).toHaveURL(/\/webinarer\/$/);
  await page.context().close();
});

test('in English, the same page in English words and times', async ({ page }) => {
  await page.goto('/en/webinars/');
  await expect(card(page, 'Spørgetime om blodsukker')).toContainText(/17:00–18:00/);
  await expect(card(page, 'Spørgetime om blodsukker')).toContainText('60 minutes');
  await expect(page.getByRole('link', { name: 'Sign in to sign up' })).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);
});

test('a private calendar link lists registered webinars without links; a new link stops the old one', async ({
  browser,
}) => {
  const title = `Kalenderwebinar ${Date.now() % 100_000}`;
  const id = await webinar(title, 5);
  await asOwner(`delete from public.calendar_feeds where profile_id = (select id from auth.users where email = $1)`, [
    anna,
  ]);
  await asOwner(
    `insert into public.registrations (session_id, citizen_id, status)
     select $1, id, 'registered' from auth.users where email = $2`,
    [id, anna],
  );
  const page = await signedIn(browser, anna);
  await expect(page.getByRole('heading', { name: 'Kalender-abonnement' })).toBeVisible();
  await page.getByRole('button', { name: 'Lav et kalenderlink' }).focus();
  await page.keyboard.press('Enter');
  const field = page.getByRole('textbox', { name: 'Dit kalenderlink' });
  await expect(field).toBeFocused();
  const first = await field.inputValue();
  expect(first).toMatch(/\/api\/kalender\/[0-9a-f]{64}\.ics$/);
  await expect(page.getByRole('link', { name: 'Åbn linket i kalender-appen' })).toHaveAttribute(
    'href',
    first.replace(/^https?:/, 'webcal:'),
  );
  expect(await wcagViolations(page)).toEqual([]);

  // The link as made, on the site's own origin (the preview server passes /api/ on, as Netlify serves it).
  const feed = (link: string) => fetch(link);
  const answer = await feed(first);
  expect(answer.status).toBe(200);
  expect(answer.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  const calendar = await answer.text();
  expect(calendar).toContain('BEGIN:VCALENDAR');
  expect(calendar).toContain('SUMMARY:Webinar (Sundhedscenter)');
  expect(calendar).not.toContain(title);
  expect(calendar).not.toContain('https:');

  await page.getByRole('button', { name: 'Nyt link' }).click();
  await expect(field).not.toHaveValue(first);
  const second = await field.inputValue();
  expect((await feed(first)).status).toBe(404);
  expect((await feed(second)).status).toBe(200);

  await page.getByRole('button', { name: 'Stop kalenderlinket' }).click();
  await expect(page.getByRole('button', { name: 'Lav et kalenderlink' })).toBeFocused();
  expect((await feed(second)).status).toBe(404);
  await page.context().close();
});
