import type { LaunchOptions } from 'playwright-core';

/*
 * Debian's Chromium (Playwright cannot download browsers here). The background-networking flags
 * keep it from calling out: only loopback is reachable on these machines.
 */
export const chromiumLaunchOptions: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
