import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

/*
 * Astro Starlight with its defaults, building the benchmark's lessons in Danish, as the yardstick
 * for build time and search bytes (scripts/bench/lessons/). The docs and the sidebar come from
 * BENCH_STARLIGHT_DOCS, which starlightDocs.ts writes. The sidebar lists the programs, not every
 * lesson: a sidebar of 10,000 links on each of 10,000 pages is not a site anyone would publish.
 */
const docs = process.env.BENCH_STARLIGHT_DOCS;
if (!docs) throw new Error('BENCH_STARLIGHT_DOCS is not set: run this through npm run bench.');
const programs = JSON.parse(readFileSync(join(docs, 'sidebar.json'), 'utf8'));

export default defineConfig({
  cacheDir: join(docs, '..', 'starlight-cache'),
  integrations: [
    starlight({
      title: 'Sundhedscenter',
      defaultLocale: 'root',
      locales: { root: { label: 'Dansk', lang: 'da' } },
      sidebar: [{ label: 'Forløb', items: programs }],
    }),
  ],
});
