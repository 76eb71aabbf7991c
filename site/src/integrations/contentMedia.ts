import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentRoot, mediaDir, mediaExtensions, mediaFileNamePattern } from '@sundhed/content';
import type { AstroIntegration } from 'astro';

/*
 * The exported media (content/media/) served at /media/: copied into the build, and served from
 * content/ by the dev server. Only names the exporter makes are served.
 */

const source = join(contentRoot, mediaDir);
/** Content-Type by extension; the first type listed for an extension wins (webm is video). */
const types = new Map<string, string>();
for (const [type, extension] of Object.entries(mediaExtensions)) {
  if (!types.has(extension)) types.set(extension, type === 'text/vtt' ? 'text/vtt; charset=utf-8' : type);
}

export function contentMedia(): AstroIntegration {
  return {
    name: 'sundhed:content-media',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(`/${mediaDir}/`, (request, response, next) => {
          const name = (request.url ?? '').replace(/^\//, '').split('?')[0] ?? '';
          const file = join(source, name);
          if (!mediaFileNamePattern.test(name) || !existsSync(file)) return next();
          response.setHeader('Content-Type', types.get(name.split('.').pop() ?? '') ?? 'application/octet-stream');
          response.setHeader('Content-Length', statSync(file).size);
          createReadStream(file).pipe(response);
        });
      },
      'astro:build:done': ({ dir }) => {
        // A publish of some programs (scripts/build.ts) copies only the media that are new itself.
        if (process.env.SUNDHED_ONLY_PROGRAMS !== undefined) return;
        if (existsSync(source)) cpSync(source, join(fileURLToPath(dir), mediaDir), { recursive: true });
      },
    },
  };
}
