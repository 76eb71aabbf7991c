import { defineConfig } from 'vitest/config';

/*
 * `npm run test:unit`: fast unit tests, CMS integration on throwaway SQLite files, and site
 * component tests (site/vitest.config.ts, which needs Astro's Vite setup).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['content/test/**/*.test.ts', 'scripts/test/**/*.test.ts', 'cms/test/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'cms',
          include: ['cms/test/integration/**/*.test.ts'],
          env: { CMS_TEST_DATABASE: 'sqlite' },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Payload keeps module-level caches: one file at a time, each in its own process.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'cms-postgres',
          include: ['cms/test/integration/**/*.test.ts'],
          // MongoDB's fail-fast check does not depend on the SQL database.
          exclude: ['cms/test/integration/mongoFailsFast.test.ts'],
          env: { CMS_TEST_DATABASE: 'postgres' },
          globalSetup: ['cms/test/integration/postgresSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'supabase',
          include: ['supabase/tests/**/*.test.ts'],
          globalSetup: ['supabase/tests/harness/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      'site/vitest.config.ts',
    ],
  },
});
