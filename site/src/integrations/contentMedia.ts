import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentRoot, mediaDir, mediaFileNamePattern } from '@sundhed/content';
import type { AstroIntegration } from 'astro';

/*
 * The exported media (content/media/) served at /media/: copied into the build, and served from
 * content/ by the dev server. Only names the exporter makes are served.
 */

const source = join(contentRoot, mediaDir);
const types: Record<string, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpg: 'image/jpeg',
  png: 'image/png',
  mp4: 'video/mp4',
  webm: 'video/webm',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  ogg: 'audio/ogg',
  vtt: 'text/vtt; charset=utf-8',
  pdf: 'application/pdf',
};

export function contentMedia(): AstroIntegration {
  return {
    name: 'sundhed:content-media',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(`/${mediaDir}/`, (request, response, next) => {
          const name = (request.url ?? '').replace(/^\//, '').split('?')[0] ?? '';
          const file = join(source, name);
          if (!mediaFileNamePattern.test(name) || !existsSync(file)) return next();
          response.setHeader('Content-Type', types[name.split('.').pop() ?? ''] ?? 'application/octet-stream');
          response.setHeader('Content-Length', statSync(file).size);
          createReadStream(file).pipe(response);
        });
      },
      'astro:build:done': ({ dir }) => {
        if (existsSync(source)) cpSync(source, join(fileURLToPath(dir), mediaDir), { recursive: true });
      },
    },
  };
}
