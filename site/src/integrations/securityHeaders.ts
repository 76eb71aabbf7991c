import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicy } from './contentSecurityPolicy.ts';
import { netlifyHeaders } from './netlifyHeaders.ts';
import type { SupabaseSettings } from './supabaseSettings.ts';

/*
 * The site under the headers it is served with: netlify.toml's, plus the Content-Security-Policy
 * (contentSecurityPolicy.ts), which the build writes into dist/_headers for Netlify. The preview
 * server (`npm run preview`, `npm start`, the e2e tests) sends the same, so a page that breaks the
 * policy breaks locally as it would on Netlify. The dev server does not: Vite's development client
 * injects inline styles. The build writes no script or stylesheet into the HTML, however small, so
 * the policy needs neither 'unsafe-inline' nor hashes.
 */

/** Every header a page ("/*") is served with. */
export function pageHeaders(supabase: SupabaseSettings): Record<string, string> {
  return { ...netlifyHeaders('/*'), 'Content-Security-Policy': contentSecurityPolicy(supabase) };
}

export function securityHeaders(supabase: SupabaseSettings): AstroIntegration {
  return {
    name: 'sundhed:security-headers',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({
          build: { inlineStylesheets: 'never' },
          // Astro inlines a module script without imports below this size; 0 never.
          vite: { build: { assetsInlineLimit: 0 } },
          ...(command === 'preview' ? { server: { headers: pageHeaders(supabase) } } : {}),
        });
      },
      'astro:build:done': ({ dir }) => {
        const file = fileURLToPath(new URL('_headers', dir));
        writeFileSync(file, `/*\n  Content-Security-Policy: ${contentSecurityPolicy(supabase)}\n`);
      },
    },
  };
}
