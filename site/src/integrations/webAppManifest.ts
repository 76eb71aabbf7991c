import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { appManifest, manifestPath, siteColours } from '../lib/appManifest.ts';

/*
 * Writes the web app manifest (lib/appManifest.ts) into the build as /manifest.webmanifest, with
 * the colours of styles/global.css, and serves the same from the dev server. The icons it names are
 * files in public/, which Astro copies.
 */

const stylesheet = fileURLToPath(new URL('../styles/global.css', import.meta.url));

/** The manifest as the site serves it. */
export function manifestText(): string {
  return JSON.stringify(appManifest(siteColours(readFileSync(stylesheet, 'utf8'), stylesheet)));
}

export function webAppManifest(): AstroIntegration {
  return {
    name: 'sundhed:web-app-manifest',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          if (request.url?.split('?')[0] !== manifestPath) return next();
          response.setHeader('Content-Type', 'application/manifest+json');
          response.end(manifestText());
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(join(fileURLToPath(dir), manifestPath), manifestText());
        logger.info(`${manifestPath} written`);
      },
    },
  };
}
