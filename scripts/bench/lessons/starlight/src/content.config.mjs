import { defineCollection } from 'astro:content';
import { docsSchema } from '@astrojs/starlight/schema';
import { glob } from 'astro/loaders';

/* The benchmark's lessons as Markdown, from outside the repository (see astro.config.mjs). */
export const collections = {
  docs: defineCollection({
    loader: glob({ pattern: '**/*.md', base: process.env.BENCH_STARLIGHT_DOCS ?? 'missing' }),
    schema: docsSchema(),
  }),
};
