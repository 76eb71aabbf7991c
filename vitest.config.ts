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
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Payload keeps module-level caches: one file at a time, each in its own process.
          fileParallelism: false,
        },
      },
      'site/vitest.config.ts',
    ],
  },
});
