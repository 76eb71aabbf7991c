import type { AstroIntegration } from 'astro';

/*
 * On Netlify the functions answer on the site's own origin (/api/…, /.netlify/functions/…). Locally
 * they run apart, in Netlify's emulation (`npm start`: port 8888), so the preview server passes
 * those paths on to LOCAL_FUNCTIONS_URL when it is set: a calendar link made on a local site works
 * as it will on Netlify. Only the preview server; a build is unchanged.
 *
 * The preview then lets addresses go without their trailing slash, as Netlify does (it redirects
 * /personale to /personale/): Astro's preview otherwise answers 404 to an address with neither a
 * trailing slash nor a file extension before Vite's proxy sees it, and the meeting function lives at
 * exactly /api/moede. (The preview takes no Vite plugins of ours to order ahead of it.)
 */
export function localFunctions(url = process.env.LOCAL_FUNCTIONS_URL?.trim()): AstroIntegration {
  return {
    name: 'sundhed:local-functions',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'preview' || !url) return;
        updateConfig({
          trailingSlash: 'ignore',
          vite: { preview: { proxy: { '/api/': url, '/.netlify/functions/': url } } },
        });
      },
    },
  };
}
