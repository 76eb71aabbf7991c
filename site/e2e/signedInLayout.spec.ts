import { type BrowserContextOptions, expect, test } from '@playwright/test';
import { wcagViolations } from './axe.ts';
import { asOwner } from './backend/database.ts';
import { needsLocalInbox, signedInOn } from './backend/signIn.ts';

/*
 * The pages drawn from the reader's own data, signed in, in both languages: axe finds nothing, and
 * on a small phone (320 CSS px, also a 1280 px screen at 400% zoom) and at 200% zoom (640 px)
 * nothing scrolls sideways, whatever the names and messages are. One test per page, so each has
 * its own time.
 */

needsLocalInbox();

const pages = [
  '/beskeder/',
  '/beskeder/samtale/?id=00000000-0000-4000-8000-000000110001',
  '/min-konto/',
  '/samtaler/',
  '/webinarer/',
  '/mit-forloeb/',
  '/en/messages/',
  '/en/messages/conversation/?id=00000000-0000-4000-8000-000000110001',
  '/en/my-account/',
  '/en/sessions/',
];

/** The staff pages, signed in as Karen of the demo team. */
const staffPages = [
  '/personale/',
  '/personale/samtale/?id=00000000-0000-4000-8000-000000110001',
  '/en/staff/?vis=mine',
  '/en/staff/conversation/?id=00000000-0000-4000-8000-000000110001',
  '/personale/planlaegning/',
  '/en/staff/planning/',
  '/personale/hold/',
  '/en/staff/cohorts/',
  '/personale/evaluering/',
  '/en/staff/evaluation/',
];

// Signed in once; each page's test opens its own context with that session (no new sign-in codes).
type State = Exclude<BrowserContextOptions['storageState'], undefined>;
let signedInState: State = { cookies: [], origins: [] };
let staffState: State = { cookies: [], origins: [] };
test.beforeAll(async ({ browser }) => {
  // A professional's read of Anna's data, so "who has read your data" has a row to lay out.
  await asOwner(`insert into public.audit_log (actor_id, subject_id, action) values ($1, $2, 'thread_messages')`, [
    '00000000-0000-4000-8000-00000000b001',
    '00000000-0000-4000-8000-00000000a001',
  ]);
  const page = await signedInOn(browser, 'anna@borger.sundhedscenter.local', '/beskeder/');
  signedInState = await page.context().storageState();
  await page.context().close();
  // A note, so the staff conversation page lays one out.
  await asOwner(
    `insert into public.inbox_notes (thread_id, author_id, body) values ($1, $2, 'Ring til Anna, når målingerne er sendt.')`,
    ['00000000-0000-4000-8000-000000110001', '00000000-0000-4000-8000-00000000b001'],
  );
  const staff = await signedInOn(browser, 'karen@personale.sundhedscenter.local', '/personale/');
  staffState = await staff.context().storageState();
  await staff.context().close();
});

for (const [path, state] of [
  ...pages.map((path) => [path, () => signedInState] as const),
  ...staffPages.map((path) => [path, () => staffState] as const),
]) {
  test(`signed in, ${path} passes axe and does not scroll sideways at 320 or 640 px`, async ({ browser }) => {
    const page = await (await browser.newContext({ storageState: state() })).newPage();
    await page.goto(path);
    await expect(page.locator('.loading').first()).toBeHidden();
    expect(await wcagViolations(page)).toEqual([]);
    for (const width of [320, 640]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      await expect(page.locator('.loading').first()).toBeHidden();
      // What sticks out, named, so a failure says where to look.
      const wide = await page.evaluate((limit) => {
        if (document.documentElement.scrollWidth <= limit) return [];
        return [...document.querySelectorAll<HTMLElement>('main *')]
          .filter((element) => element.getBoundingClientRect().right > limit + 1)
          .slice(0, 5)
          .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
      }, width);
      expect(wide, `${path} at ${width} px`).toEqual([]);
    }
    await page.context().close();
  });
}
