import { defineConfig } from 'astro/config';
import { contentMedia } from './src/integrations/contentMedia.ts';
import { pagefind } from './src/integrations/pagefind.ts';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentMedia(), pagefind()],
  devToolbar: { enabled: false },
});
