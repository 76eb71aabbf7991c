import type { AstroIntegration } from 'astro';

/*
 * On Netlify the functions answer on the site's own origin (/api/…, /.netlify/functions/…). Locally
 * they run apart, in Netlify's emulation (`npm start`: port 8888), so the preview server passes
 * those paths on to LOCAL_FUNCTIONS_URL when it is set: a calendar link made on a local site works
 * as it will on Netlify. Only the preview server; a build is unchanged.
 */
export function localFunctions(url = process.env.LOCAL_FUNCTIONS_URL?.trim()): AstroIntegration {
  return {
    name: 'sundhed:local-functions',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'preview' || !url) return;
        updateConfig({ vite: { preview: { proxy: { '/api/': url, '/.netlify/functions/': url } } } });
      },
    },
  };
}
