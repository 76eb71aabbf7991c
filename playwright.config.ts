import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './site/e2e/chromium.ts';

const port = 4399;

/* e2e against the built site (`npm run build` first), served on loopback; one worker on 2 cores. */
export default defineConfig({
  testDir: 'site/e2e',
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    command: `npm run preview -w site -- --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
