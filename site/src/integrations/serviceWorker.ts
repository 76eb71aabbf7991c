import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';

/*
 * Bundles the service worker (src/offline/worker/sw.ts) into /sw.js after the build, with the list
 * of the build's own files to keep. The list changes with every build whose styles or scripts
 * change, so browsers see a new worker and fetch the new files. Not served by the dev server:
 * a worker there would keep stale development files.
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'sundhed:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const built = (await readdir(join(site, '_astro'))).sort().map((name) => `/_astro/${name}`);
        await build({
          entryPoints: [fileURLToPath(new URL('../offline/worker/sw.ts', import.meta.url))],
          outfile: join(site, 'sw.js'),
          bundle: true,
          format: 'iife',
          minify: true,
          target: 'es2022',
          define: { __BUILD_FILES__: JSON.stringify(built) },
          logLevel: 'warning',
        });
        logger.info(`sw.js keeps ${built.length} built files`);
      },
    },
  };
}
