import { defineConfig } from 'astro/config';
import { pagefind } from './src/integrations/pagefind.ts';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [pagefind()],
  devToolbar: { enabled: false },
});
