import { expect, test } from '@playwright/test';
import { manifestPath } from '../src/lib/paths.ts';
import { chromiumLaunchOptions } from './chromium.ts';
import { pageTypes } from './pages.ts';

/*
 * The site installs as an app. Lighthouse 12 dropped its PWA category, and with it its
 * installability audit, which only reported what Chromium itself says: DevTools'
 * Page.getInstallabilityErrors runs the same check (components/webapps InstallableManager) that
 * decides whether Chrome offers to install a site. It is asked here, with the manifest as Chromium
 * parsed it (Page.getAppManifest).
 *
 * Playwright's own browser contexts are off the record, and for them Chromium reports "in-incognito"
 * before it looks at the site. So this test opens a normal profile in a temporary folder
 * (launchPersistentContext with an empty folder name), where the answer must be: no errors.
 */

test('Chromium finds the site installable, named Sundhedscenter and opening on "Mit forløb", which the service worker serves offline', async ({
  playwright,
  baseURL,
}) => {
  if (!baseURL) throw new Error('baseURL is set in playwright.config.ts');
  const context = await playwright.chromium.launchPersistentContext('', { ...chromiumLaunchOptions, baseURL });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(pageTypes.da.home);
    const cdp = await context.newCDPSession(page);

    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);

    const { url, errors, data, manifest } = await cdp.send('Page.getAppManifest');
    expect(errors).toEqual([]);
    expect(url).toBe(new URL(manifestPath, baseURL).href);
    const startUrl = new URL(pageTypes.da.myProgress, baseURL).href;
    // As Chromium resolved it…
    const root = new URL('/', baseURL).href;
    expect(manifest).toMatchObject({ name: 'Sundhedscenter', startUrl, scope: root, id: root });
    // …and as written (Chromium's parsed form leaves out lang, and names display modes its own way).
    expect(JSON.parse(data ?? '{}')).toMatchObject({
      short_name: 'Sundhedscenter',
      lang: 'da',
      display: 'standalone',
      start_url: pageTypes.da.myProgress,
    });

    // The English pages belong to the same app.
    await page.goto(pageTypes.en.home);
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', manifestPath);

    // The reader's first key press registers the service worker, which keeps the start page at once,
    // though it was never opened.
    await page.keyboard.press('Tab');
    await expect
      .poll(
        () =>
          page.evaluate(
            async (start) => Boolean(navigator.serviceWorker.controller && (await caches.match(start))),
            startUrl,
          ),
        { timeout: 15_000 },
      )
      .toBe(true);
    await context.setOffline(true);
    const response = await page.goto(startUrl);
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mit forløb');
  } finally {
    await context.close();
  }
});
