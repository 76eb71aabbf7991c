import { defineConfig } from '@playwright/test';
import { e2eFunctionsUrl, e2eSupabaseUrl } from './site/e2e/backend/ports.ts';
import { chromiumLaunchOptions } from './site/e2e/chromium.ts';

const port = 4399;

/* e2e against the built site (`npm run build` first) and a local backend, on loopback; one worker on 2 cores. */
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
  webServer: [
    {
      command: `npm run preview -w site -- --port ${port}`,
      // The functions on the site's origin, as on Netlify (site/src/integrations/localFunctions.ts).
      env: { LOCAL_FUNCTIONS_URL: e2eFunctionsUrl },
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The local Supabase stack on a throwaway database (site/e2e/backend/startBackend.ts); stopped
      // with SIGTERM so its PostgreSQL goes too.
      command: 'node --import tsx site/e2e/backend/startBackend.ts',
      // Answers 401 without a key once it is up, which Playwright counts as ready.
      url: `${e2eSupabaseUrl}/rest/v1/`,
      reuseExistingServer: false,
      timeout: 120_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    },
  ],
});
