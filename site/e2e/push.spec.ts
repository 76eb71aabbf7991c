import { expect, type Page, test } from '@playwright/test';
import { wcagViolations } from './axe.ts';
import { needsLocalInbox, signedInOn } from './backend/signIn.ts';
import { chromiumLaunchOptions } from './chromium.ts';
import { pageTypes } from './pages.ts';

/*
 * Push notices in Chromium. A push is delivered to the site's service worker through DevTools
 * (ServiceWorker.deliverPushMessage: what the browser does when its push service brings one), and
 * the worker must show it as a notification with only its words and a link to this site; a link
 * elsewhere is not followed. Encryption and VAPID, which the push service handles, are tested
 * against the notice function (supabase/tests/functions.test.ts). A normal profile, as the
 * installability spec uses: notifications need one.
 */

type Shown = { title: string; body: string; tag: string; url: unknown };
const shownNotifications = (page: Page) =>
  page.evaluate(async () =>
    (await (await navigator.serviceWorker.ready).getNotifications()).map(
      (notification): Shown => ({
        title: notification.title,
        body: notification.body,
        tag: notification.tag,
        url: (notification.data as { url?: unknown } | null)?.url,
      }),
    ),
  );

test('a push reaches the service worker and shows a notification that opens this site only', async ({
  playwright,
  baseURL,
}) => {
  if (!baseURL) throw new Error('baseURL is set in playwright.config.ts');
  const origin = new URL(baseURL).origin;
  const context = await playwright.chromium.launchPersistentContext('', { ...chromiumLaunchOptions, baseURL });
  try {
    await context.grantPermissions(['notifications'], { origin });
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    const registrations = new Map<string, string>();
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations: updated }) => {
      for (const { registrationId, scopeURL } of updated) registrations.set(scopeURL, registrationId);
    });
    await cdp.send('ServiceWorker.enable');
    await page.goto(pageTypes.da.home);
    // The reader's first key press registers the worker.
    await page.keyboard.press('Tab');
    await expect.poll(() => registrations.get(`${origin}/`), { timeout: 15_000 }).toBeTruthy();
    await page.evaluate(() => navigator.serviceWorker.ready);
    const push = (data: unknown) =>
      cdp.send('ServiceWorker.deliverPushMessage', {
        origin,
        registrationId: registrations.get(`${origin}/`) ?? '',
        data: JSON.stringify(data),
      });

    // A push DevTools delivers before the new worker can take it is dropped (seen on a loaded CI
    // machine): it is delivered again until one shows. The tag makes a repeat replace, not add.
    const deliveredUntilShown = async (data: unknown, shows: (shown: Shown[]) => boolean) => {
      const shown = await shownNotifications(page);
      if (!shows(shown)) await push(data);
      return shown;
    };
    const answer = {
      title: 'Sundhedscenter',
      body: 'Du har fået en ny besked fra dit sundhedsteam.',
      lang: 'da',
      url: `${origin}/beskeder/`,
    };
    await expect
      .poll(() => deliveredUntilShown(answer, (shown) => shown.length > 0), { timeout: 20_000 })
      .toEqual([
        {
          title: 'Sundhedscenter',
          body: 'Du har fået en ny besked fra dit sundhedsteam.',
          tag: '/beskeder/',
          url: `${origin}/beskeder/`,
        },
      ]);

    const elsewhere = { title: 'Sundhedscenter', body: 'Klik her', url: 'https://ond.example/' };
    const isElsewhere = ({ body }: Shown) => body === 'Klik her';
    await expect
      .poll(
        async () => (await deliveredUntilShown(elsewhere, (shown) => shown.some(isElsewhere))).find(isElsewhere)?.url,
        { timeout: 20_000 },
      )
      .toBe(`${origin}/`);
  } finally {
    await context.close();
  }
});

test('signed in, Min konto offers notifications on this device', async ({ browser }) => {
  needsLocalInbox();
  const page = await signedInOn(browser, 'bent@borger.sundhedscenter.local', '/min-konto/');
  const section = page.getByRole('region', { name: 'Notifikationer på denne enhed' });
  await expect(section).toBeVisible();
  await expect(section).toContainText('Notifikationer er slået fra på denne enhed.');
  await expect(section.getByRole('button', { name: 'Slå notifikationer til' })).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);
  await page.context().close();
});
