import { defineConfig } from 'astro/config';
import { contentMedia } from './src/integrations/contentMedia.ts';
import { localFunctions } from './src/integrations/localFunctions.ts';
import { vapidPublicKey } from './src/integrations/pushSettings.ts';
import { securityHeaders } from './src/integrations/securityHeaders.ts';
import { serviceWorker } from './src/integrations/serviceWorker.ts';
import { localSupabaseUrl, supabaseSettings } from './src/integrations/supabaseSettings.ts';
import { webAppManifest } from './src/integrations/webAppManifest.ts';

/*
 * `site` makes hreflang links absolute, as search engines require. Netlify sets URL at build time;
 * SITE_URL overrides it; a local build points at the local preview server.
 */
const site = process.env.SITE_URL ?? process.env.URL ?? 'http://127.0.0.1:4321';
/* The Supabase project the browser talks to (URL and anon key only): see supabaseSettings.ts. */
const supabase = supabaseSettings();
/* Push is offered only with a VAPID key (pushSettings.ts). */
const vapidKey = vapidPublicKey(process.env, supabase.url === localSupabaseUrl);

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: { locales: ['da', 'en'], defaultLocale: 'da', routing: { prefixDefaultLocale: false } },
  integrations: [contentMedia(), serviceWorker(), webAppManifest(), securityHeaders(supabase), localFunctions()],
  vite: {
    define: {
      'import.meta.env.PUBLIC_SUPABASE_URL': JSON.stringify(supabase.url),
      'import.meta.env.PUBLIC_SUPABASE_ANON_KEY': JSON.stringify(supabase.anonKey),
      'import.meta.env.PUBLIC_MITID_PROVIDER': JSON.stringify(supabase.mitidProvider ?? ''),
      'import.meta.env.PUBLIC_VAPID_PUBLIC_KEY': JSON.stringify(vapidKey),
    },
  },
  devToolbar: { enabled: false },
  // The scale benchmark builds generated content beside the real site and must not share its cache.
  ...(process.env.SUNDHED_ASTRO_CACHE_DIR ? { cacheDir: process.env.SUNDHED_ASTRO_CACHE_DIR } : {}),
});
