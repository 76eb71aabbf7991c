import type { AstroIntegration } from 'astro';
import { netlifyHeaders } from './netlifyHeaders.ts';

/*
 * The site under the headers it is served with. The preview server (`npm run preview`, `npm start`,
 * the e2e tests) sends netlify.toml's headers for "/*", so a page that breaks the
 * Content-Security-Policy breaks locally as it would on Netlify. The dev server does not: Vite's
 * development client injects inline styles. The build writes no script or stylesheet into the HTML,
 * however small, so the policy needs neither 'unsafe-inline' nor hashes.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'sundhed:security-headers',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({
          build: { inlineStylesheets: 'never' },
          // Astro inlines a module script without imports below this size; 0 never.
          vite: { build: { assetsInlineLimit: 0 } },
          ...(command === 'preview' ? { server: { headers: netlifyHeaders('/*') } } : {}),
        });
      },
    },
  };
}
