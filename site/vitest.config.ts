import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

/* Astro's own Vite setup, so tests can render .astro components with the container API. */
export default getViteConfig(
  {
    test: {
      name: 'site',
      root: fileURLToPath(new URL('.', import.meta.url)),
      include: ['test/**/*.test.ts'],
      // Base.astro reads the colours of global.css (`?raw`); Vitest gives empty CSS unless included.
      css: { include: [/global\.css/] },
    },
  },
  { root: fileURLToPath(new URL('.', import.meta.url)) },
);
