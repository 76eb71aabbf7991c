import { expect, type Page, test } from '@playwright/test';
import { copenhagenDate } from '../src/lib/copenhagenTime.ts';
import { wcagViolations } from './axe.ts';
import { asOwner } from './backend/database.ts';
import { needsLocalInbox, signedInOn } from './backend/signIn.ts';
import { bytesBeforeInteraction, staffSignedInBudget } from './pageBytes.ts';

/*
 * The planning page against the local stack, one browser context per person: Karen plans a weekly
 * webinar series, Anna registers for the first and Karen sees her name; Karen changes seats and
 * the link and cancels (Anna's notice is queued); Karen offers a week of Ole's times (a second
 * time, all skipped as overlapping), cancels a booking (the citizen's notice is queued) and
 * deletes a free time. Axe on the page as it fills up; the signed-in byte budget.
 */

needsLocalInbox();
test.describe.configure({ timeout: 120_000 });

const karen = 'karen@personale.sundhedscenter.local';
const anna = 'anna@borger.sundhedscenter.local';
const annaId = '00000000-0000-4000-8000-00000000a001';
const ole = '00000000-0000-4000-8000-00000000b002';
const planning = '/personale/planlaegning/';
const day = 86_400_000;

const webinarRow = (page: Page, title: string) => page.locator('li.planned').filter({ hasText: title });
const said = (page: Page, part: string) => page.locator(`${part} .said`);

/** The Monday at least `days` days ahead, in Copenhagen. */
function mondayAfter(days: number): string {
  const date = copenhagenDate(new Date(Date.now() + days * day));
  const weekday = (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7;
  return copenhagenDate(new Date(new Date(`${date}T12:00:00Z`).getTime() + ((7 - weekday) % 7) * day));
}

test('signed out, the planning page asks to sign in and loads no backend code', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto(planning);
  await expect(page.getByText('Log ind som sundhedsprofessionel for at planlægge')).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Personalets sider' }).getByRole('link', { name: 'Planlægning' }),
  ).toHaveAttribute('aria-current', 'page');
  expect(scripts.filter((url) => /supabase|planningActions/.test(url))).toEqual([]);
  expect(await wcagViolations(page)).toEqual([]);
  await page.goto('/en/staff/planning/');
  await expect(
    page.getByText("Sign in as a health professional to plan your team's webinars and times."),
  ).toBeVisible();
});

test('a weekly series is planned; a registration shows up; seats, link and cancelling, with the citizen told', async ({
  browser,
}) => {
  const title = `Motion i hverdagen ${Date.now() % 100_000}`;
  const page = await signedInOn(browser, karen, planning);
  await expect(page.locator('.loading')).toBeHidden();
  const form = page.locator('webinar-form form');

  // What is missing is said, and focus goes to the field.
  await form.getByRole('button', { name: 'Opret webinar' }).click();
  await expect(form.getByRole('alert')).toHaveText('Skriv en titel på 1 til 160 tegn.');
  await expect(form.getByLabel('Titel')).toBeFocused();
  await expect(form.getByLabel('Titel')).toHaveAttribute('aria-invalid', 'true');

  const first = copenhagenDate(new Date(Date.now() + 7 * day));
  await form.getByLabel('Titel').fill(title);
  await form.getByLabel('Dato').fill(first);
  await form.getByLabel('Starter kl.').fill('17:00');
  await form.getByLabel('Slutter kl.').fill('18:00');
  await form.getByLabel('Antal pladser').fill('5');
  await expect(form.getByRole('checkbox', { name: 'Karen Holm (Sygeplejerske)' })).toBeChecked();
  await form.getByRole('checkbox', { name: 'Ole Berg (Diætist)' }).check();
  await form.getByLabel('Antal uger i træk').fill('3');
  await form.getByRole('button', { name: 'Opret webinar' }).press('Enter');
  await expect(said(page, 'webinar-form')).toHaveText(`3 webinar(er) oprettet: ${title}.`);
  await expect(webinarRow(page, title)).toHaveCount(3);
  await expect(webinarRow(page, title).first()).toContainText('Tilmeldt: 0 af 5 pladser · På venteliste: 0');
  await expect(webinarRow(page, title).first()).toContainText('Holdes af: Karen Holm, Ole Berg');
  await expect(webinarRow(page, title).first()).toContainText('Åbent for alle borgere, teamet dækker');
  // The same Danish wall-clock time each week, whatever the clocks do in between.
  const planned = await asOwner<{ id: string; local: string }>(
    `select id, to_char(starts_at at time zone 'Europe/Copenhagen', 'YYYY-MM-DD HH24:MI') as local
     from public.webinar_sessions where title = $1 order by starts_at`,
    [title],
  );
  expect(planned.map(({ local }) => local.slice(11))).toEqual(['17:00', '17:00', '17:00']);
  expect(planned[0]?.local.slice(0, 10)).toBe(first);

  // Anna, on her own device, registers for the first.
  const annaPage = await signedInOn(browser, anna, '/webinarer/');
  const annaCard = annaPage.getByRole('listitem').filter({ has: annaPage.getByRole('heading', { name: title }) });
  await annaCard.first().getByRole('button', { name: 'Tilmeld mig' }).click();
  await expect(annaCard.first()).toContainText('Du er tilmeldt.');

  // Karen sees her, by name on request.
  await page.reload();
  const firstRow = webinarRow(page, title).first();
  await expect(firstRow).toContainText('Tilmeldt: 1 af 5 pladser');
  const show = firstRow.getByRole('button', { name: 'Vis tilmeldte og venteliste' });
  await show.focus();
  await page.keyboard.press('Enter');
  await expect(show).toHaveAttribute('aria-expanded', 'true');
  await expect(firstRow.locator('ol.attendees')).toHaveText('Anna Kristensen – tilmeldt');
  await expect(said(page, 'planned-webinars')).toHaveText('Listen er vist: 1 tilmeldt, 0 på venteliste.');

  // More seats, and a fixed link; focus stays where it was.
  await firstRow.getByText('Ret eller aflys').click();
  await firstRow.getByLabel('Antal pladser').fill('8');
  await firstRow.getByRole('button', { name: 'Gem pladser' }).click();
  await expect(said(page, 'planned-webinars')).toHaveText('Pladser: 8. Tilmeldt: 1, på venteliste: 0.');
  await expect(webinarRow(page, title).first()).toContainText('Tilmeldt: 1 af 8 pladser');
  await expect(webinarRow(page, title).first().getByLabel('Antal pladser')).toBeFocused();
  const link = webinarRow(page, title).first().getByLabel('Fast mødelink (https://…)');
  await link.fill('http://ikke-sikker.example/rum');
  await webinarRow(page, title).first().getByRole('button', { name: 'Gem linket' }).click();
  await expect(webinarRow(page, title).first().getByRole('alert').filter({ hasText: 'https' })).toHaveText(
    'Mødelinket skal være en https-adresse på højst 500 tegn.',
  );
  await expect(link).toBeFocused();
  await link.fill('https://møde.example/motion');
  await webinarRow(page, title).first().getByRole('button', { name: 'Gem linket' }).click();
  await expect(said(page, 'planned-webinars')).toHaveText('Mødelinket er gemt.');
  await expect(webinarRow(page, title).first()).toContainText('Fast mødelink: sat');
  expect(await wcagViolations(page)).toEqual([]);

  // Cancelling asks first, saying who is told; "Fortryd" keeps it.
  const row = webinarRow(page, title).first();
  await row.getByRole('button', { name: 'Aflys webinaret …' }).click();
  const ask = row.getByRole('group', { name: /^Aflys / });
  await expect(ask).toContainText('De 1 tilmeldte og ventende får besked om aflysningen.');
  await expect(ask.getByRole('button', { name: 'Fortryd' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(said(page, 'planned-webinars')).toHaveText('Webinaret er ikke aflyst.');
  await expect(row.getByRole('button', { name: 'Aflys webinaret …' })).toBeFocused();
  await row.getByRole('button', { name: 'Aflys webinaret …' }).click();
  await ask.getByRole('button', { name: 'Ja, aflys webinaret' }).click();
  await expect(said(page, 'planned-webinars')).toHaveText(`${title} er aflyst. 1 borgere får besked.`);
  await expect(webinarRow(page, title).first()).toContainText('Aflyst');
  await expect(webinarRow(page, title).first().getByRole('button')).toHaveCount(0);
  const notices = await asOwner<{ count: string }>(
    `select count(*) from public.notifications where profile_id = $1 and kind = 'webinar_cancelled' and session_id = $2`,
    [annaId, planned[0]?.id],
  );
  expect(Number(notices[0]?.count)).toBe(1);
  await annaPage.context().close();
  await page.context().close();
});

test("a week of a colleague's times is offered, overlaps are skipped, a booking is cancelled with notice", async ({
  browser,
}) => {
  const monday = mondayAfter(7);
  const sunday = copenhagenDate(new Date(new Date(`${monday}T12:00:00Z`).getTime() + 6 * day));
  // Ole's week starts empty, whatever ran before.
  await asOwner(
    `delete from public.appointment_slots s where s.professional_id = $1
       and s.starts_at >= ($2::date)::timestamp at time zone 'Europe/Copenhagen'
       and s.starts_at < ($3::date + 1)::timestamp at time zone 'Europe/Copenhagen'`,
    [ole, monday, sunday],
  );
  const page = await signedInOn(browser, karen, planning);
  await expect(page.locator('.loading')).toBeHidden();
  const form = page.locator('slot-form form');
  await form.getByLabel('Fagperson').selectOption({ label: 'Ole Berg (Diætist)' });
  await form.getByRole('radio', { name: 'Startsamtale' }).check();

  // No weekday: said, and focus on the first.
  await form.getByRole('button', { name: 'Opret tider' }).click();
  await expect(form.getByRole('alert')).toHaveText('Vælg mindst én ugedag.');
  await expect(form.getByRole('checkbox', { name: 'Mandag' })).toBeFocused();

  await form.getByRole('checkbox', { name: 'Tirsdag' }).check();
  await form.getByRole('checkbox', { name: 'Torsdag' }).check();
  await form.getByLabel('Fra kl.').fill('09:00');
  await form.getByLabel('Til kl.').fill('12:00');
  await form.getByLabel('Minutter pr. tid').fill('30');
  await form.getByLabel('Første dato').fill(monday);
  await form.getByLabel('Antal uger').fill('1');
  await form.getByRole('button', { name: 'Opret tider' }).click();
  await expect(said(page, 'slot-form')).toHaveText('12 tider oprettet, 0 sprunget over (overlap).');
  // The same again: every time overlaps one just made.
  await form.getByRole('button', { name: 'Opret tider' }).click();
  await expect(said(page, 'slot-form')).toHaveText('0 tider oprettet, 12 sprunget over (overlap).');
  const freeOfOle = page.locator('ol.free-slots li').filter({ hasText: 'Ole Berg' });
  // The bookings load as the reader comes near them.
  await page.locator('team-bookings').scrollIntoViewIfNeeded();
  await expect(freeOfOle).toHaveCount(12);
  await expect(freeOfOle.first()).toContainText('Startsamtale · tirsdag den');
  await expect(freeOfOle.first()).toContainText('kl. 09.00–09.30');

  // Anna books Tuesday 09:00 (as her booking would land); Karen cancels it for the team.
  const [booking] = await asOwner<{ id: string }>(
    `insert into public.appointments (slot_id, citizen_id, professional_id, starts_at, ends_at)
     select s.id, $1, s.professional_id, s.starts_at, s.ends_at from public.appointment_slots s
     where s.professional_id = $2 and s.starts_at = ($3::date + time '09:00') at time zone 'Europe/Copenhagen'
     returning id`,
    [annaId, ole, copenhagenDate(new Date(new Date(`${monday}T12:00:00Z`).getTime() + day))],
  );
  await page.reload();
  await page.locator('team-bookings').scrollIntoViewIfNeeded();
  const bookingRow = page.locator('ol.bookings li').filter({ hasText: 'Ole Berg' });
  await expect(bookingRow).toHaveCount(1);
  await expect(bookingRow).toContainText('Anna Kristensen · Startsamtale · tirsdag den');
  await expect(freeOfOle).toHaveCount(11);
  expect(await wcagViolations(page)).toEqual([]);
  await bookingRow.getByRole('button', { name: 'Aflys bookingen …' }).click();
  const ask = bookingRow.getByRole('group', { name: /^Aflys / });
  await expect(ask).toContainText('Borgeren får besked, og tiden bliver ledig igen.');
  await ask.getByRole('button', { name: 'Ja, aflys bookingen' }).focus();
  await page.keyboard.press('Enter');
  await expect(said(page, 'team-bookings')).toHaveText('Bookingen er aflyst. Anna Kristensen får besked.');
  await expect(page.locator('ol.bookings li').filter({ hasText: 'Ole Berg' })).toHaveCount(0);
  await expect(freeOfOle).toHaveCount(12);
  const notices = await asOwner<{ count: string }>(
    `select count(*) from public.notifications
     where profile_id = $1 and kind = 'appointment_cancelled' and appointment_id = $2 and sent_at is null`,
    [annaId, booking?.id],
  );
  expect(Number(notices[0]?.count)).toBe(1);

  // A free time is withdrawn; focus goes on to the next one.
  await freeOfOle.first().getByRole('button').click();
  await expect(said(page, 'team-bookings')).toHaveText('Tiden er slettet.');
  await expect(freeOfOle).toHaveCount(11);
  await expect(page.locator('ol.free-slots li button:focus')).toHaveCount(1);
  await page.context().close();
});

/**
 * Staff's budget (pageBytes.ts): the forms' code comes on first use, and the bookings (a logged
 * read of citizens' names) when the reader comes near them. Measured in a fresh browser context.
 */

test('signed in, the planning page fetches at most 88 KB gzip before the first interaction', async ({ browser }) => {
  const signedIn = await signedInOn(browser, karen, '/personale/');
  const storageState = await signedIn.context().storageState();
  await signedIn.context().close();
  for (const path of [planning, '/en/staff/planning/']) {
    const page = await (await browser.newContext({ storageState })).newPage();
    const { total, sizes } = await bytesBeforeInteraction(page, path);
    test.info().annotations.push({ type: 'bytes', description: `${path} signed in: ${total} B gzip` });
    console.log(`${path} signed in: ${total} B gzip`);
    expect(
      sizes.map(({ url }) => url).filter((url) => /team_bookings|planningForms|planningBookings/.test(url)),
    ).toEqual([]);
    expect(total).toBeLessThanOrEqual(staffSignedInBudget);
    await page.context().close();
  }
});
