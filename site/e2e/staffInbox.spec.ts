import { type Browser, expect, type Page, test } from '@playwright/test';
import { wcagViolations } from './axe.ts';
import { asOwner } from './backend/database.ts';
import { freshEmail, needsLocalInbox, signedInOn } from './backend/signIn.ts';
import { bytesBeforeInteraction, staffSignedInBudget } from './pageBytes.ts';

/*
 * The team inbox against the local stack, one browser context per person: a citizen writes, the
 * conversation appears unassigned in two professionals' inboxes live; one assigns it to the other,
 * who answers, notes and closes it; past the team's answer time it is flagged in words; and a
 * professional removed from the team no longer sees it.
 */

needsLocalInbox();
test.describe.configure({ timeout: 120_000 });

const team = '00000000-0000-4000-8000-0000000d0001';
const row = (page: Page, title: string) => page.locator('li.inbox-thread').filter({ hasText: title });
const inboxStatus = (page: Page) => page.locator('team-inbox .status-line');

/** A new professional of the demo team (so removing them touches no other test), signed in. */
async function newColleague(browser: Browser, name: string): Promise<{ page: Page; id: string; name: string }> {
  const email = freshEmail();
  const page = await signedInOn(browser, email, '/min-konto/');
  const [made] = await asOwner<{ id: string }>(
    `update public.profiles set role = 'professional', display_name = $2, job_title = 'Fysioterapeut', municipality = 'kolding'
     where id = (select id from auth.users where email = $1) returning id`,
    [email, name],
  );
  await asOwner('insert into public.team_members (team_id, profile_id) values ($1, $2)', [team, made?.id]);
  return { page, id: made?.id as string, name };
}

test('signed out, the inbox asks to sign in and loads no backend code', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/personale/');
  await expect(page.getByText('Log ind som sundhedsprofessionel for at se teamets indbakke.')).toBeVisible();
  expect(scripts.filter((url) => /supabase|staffActions/.test(url))).toEqual([]);
  expect(await wcagViolations(page)).toEqual([]);
  await page.goto('/en/staff/');
  await expect(page.getByText("Sign in as a health professional to see your team's inbox.")).toBeVisible();
});

test('a citizen is told the inbox is for staff', async ({ browser }) => {
  const anna = await signedInOn(browser, 'anna@borger.sundhedscenter.local', '/personale/');
  await expect(anna.getByText('Indbakken er for sundhedsprofessionelle i et team')).toBeVisible();
  await expect(anna.locator('li.inbox-thread')).toHaveCount(0);
});

test('a new conversation reaches two inboxes live; it is assigned, answered, noted and closed; a leaver loses it', async ({
  browser,
}) => {
  const title = `Skridttæller ${Date.now()}`;
  const karen = await signedInOn(browser, 'karen@personale.sundhedscenter.local', '/personale/?vis=unassigned');
  const lone = await newColleague(browser, `Lone Dahl ${Date.now() % 1000}`);
  const lonePage = lone.page;
  await lonePage.goto('/personale/?vis=unassigned');
  await expect(lonePage.getByRole('radio', { name: 'Ikke fordelt' })).toBeChecked();
  await expect(karen.locator('.loading')).toBeHidden();
  await expect(lonePage.locator('.loading')).toBeHidden();

  // Anna writes to the team.
  const anna = await signedInOn(browser, 'anna@borger.sundhedscenter.local', '/beskeder/');
  await anna.getByLabel('Emne').fill(title);
  await anna.getByLabel('Din besked').fill('Hvor mange skridt skal jeg gå om dagen?');
  await anna.getByRole('button', { name: 'Send beskeden' }).click();
  await expect(anna.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // Both professionals get it live, unassigned, announced, with who wrote and how long she has waited.
  for (const page of [karen, lonePage]) {
    await expect(row(page, title)).toContainText('Anna Kristensen, Kolding');
    await expect(row(page, title)).toContainText('Har ventet siden i dag');
    await expect(row(page, title)).toContainText('Ikke fordelt');
    await expect(inboxStatus(page)).toHaveText(`Ny i indbakken: ${title}`);
  }
  expect(await wcagViolations(karen)).toEqual([]);

  // Karen assigns it to her new colleague, by keyboard; it leaves both "unassigned" views live.
  const assign = row(karen, title).getByLabel('Tildel til');
  await assign.focus();
  await assign.selectOption({ label: `${lone.name} (Fysioterapeut)` });
  await karen.keyboard.press('Tab');
  await expect(row(karen, title).getByRole('button', { name: 'Tildel' })).toBeFocused();
  await karen.keyboard.press('Enter');
  await expect(inboxStatus(karen)).toContainText('Samtalen er tildelt Lone Dahl');
  await expect(row(karen, title)).toHaveCount(0);
  await expect(row(lonePage, title)).toHaveCount(0);

  // Under "Mine" she has it; past the team's answer time it says so in words, live.
  await lonePage.getByRole('radio', { name: 'Mine' }).check();
  await expect(lonePage).toHaveURL(/vis=mine/);
  await expect(row(lonePage, title)).toContainText('Tildelt Lone Dahl');
  const [thread] = await asOwner<{ id: string }>('select id from public.threads where title = $1', [title]);
  await asOwner(`update public.inbox_state set waiting_since = now() - interval '10 days' where thread_id = $1`, [
    thread?.id,
  ]);
  await expect(row(lonePage, title)).toContainText('Over svarfristen på 2 arbejdsdag(e)');
  await expect(row(lonePage, title)).toHaveClass(/late/);
  expect(await wcagViolations(lonePage)).toEqual([]);

  // She opens it, answers, writes a note only the team sees, and closes it.
  await row(lonePage, title).getByRole('link', { name: title }).click();
  await expect(lonePage).toHaveURL(/\/personale\/samtale\/\?id=/);
  await expect(lonePage.locator('.chat-message').filter({ hasText: 'Hvor mange skridt' })).toContainText('Anna');
  await expect(lonePage.getByText(/Borgeren har ventet siden/)).toBeVisible();
  await lonePage.getByLabel('Din besked').fill('Start med 5.000 om dagen.');
  await lonePage.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(lonePage.getByText('Borgeren venter ikke på svar.')).toBeVisible();
  await lonePage.getByLabel('Ny note').fill('Følg op om to uger.');
  await lonePage.getByRole('button', { name: 'Gem note' }).click();
  await expect(lonePage.locator('ol.notes')).toContainText('Følg op om to uger.');
  await lonePage.getByLabel('Status').selectOption('closed');
  await lonePage.getByRole('button', { name: 'Gem status' }).click();
  await expect(lonePage.locator('.inbox-said')).toHaveText('Status er nu: Lukket.');
  expect(await wcagViolations(lonePage)).toEqual([]);

  // Anna gets the answer, never the note.
  await expect(anna.locator('.chat-message').filter({ hasText: 'Start med 5.000 om dagen.' })).toContainText(
    'Lone Dahl',
  );
  await expect(anna.getByText('Følg op om to uger.')).toHaveCount(0);

  // Closed, it is under "Lukkede" for the team.
  await karen.getByRole('radio', { name: 'Lukkede' }).check();
  await expect(row(karen, title)).toContainText('Lukket');

  // Removed from the team, Lone sees neither the inbox nor the conversation any more.
  await asOwner('delete from public.team_members where team_id = $1 and profile_id = $2', [team, lone.id]);
  await lonePage.goto('/personale/');
  await expect(lonePage.getByText('Indbakken er for sundhedsprofessionelle i et team')).toBeVisible();
  await lonePage.goto(`/personale/samtale/?id=${thread?.id}`);
  await expect(lonePage.getByText('Samtalen findes ikke, eller du har ikke adgang til den.')).toBeVisible();
  await expect(lonePage.locator('inbox-controls')).toBeHidden();
});

/** Staff pages load supabase-js at once, as the signed-in chat pages do (pageBytes.ts says what else). */

test('signed in, each staff page fetches at most 88 KB gzip before the first interaction', async ({ browser }) => {
  const karen = await signedInOn(browser, 'karen@personale.sundhedscenter.local', '/personale/');
  for (const path of [
    '/personale/',
    '/personale/samtale/?id=00000000-0000-4000-8000-000000110001',
    '/personale/hold/',
    '/personale/evaluering/',
  ]) {
    const { total } = await bytesBeforeInteraction(karen, path);
    test.info().annotations.push({ type: 'bytes', description: `${path} signed in: ${total} B gzip` });
    console.log(`${path} signed in: ${total} B gzip`);
    expect(total).toBeLessThanOrEqual(staffSignedInBudget);
  }
  await karen.context().close();
});

test('signed out in another tab on a shared computer, the inbox clears citizens off the screen', async ({
  browser,
}) => {
  const karen = await signedInOn(browser, 'karen@personale.sundhedscenter.local', '/personale/');
  await expect(row(karen, 'Spørgsmål om måling')).toBeVisible();
  const other = await karen.context().newPage();
  await other.goto('/min-konto/');
  await other.evaluate(() => localStorage.removeItem('sundhedscenter.auth'));
  await expect(karen.getByText('Log ind som sundhedsprofessionel for at se teamets indbakke.')).toBeVisible();
  await expect(karen.locator('li.inbox-thread')).toHaveCount(0);
  await expect(karen.getByText('Anna Kristensen')).toHaveCount(0);
  await karen.context().close();
});
