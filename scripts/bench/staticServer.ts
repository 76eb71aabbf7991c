import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

/*
 * A built site served as a static host serves it: text compressed with gzip (unless `gzip: false`),
 * Pagefind's files (already compressed by Pagefind) as they are. The benchmarks serve every site
 * through this, so the scale benchmark's two sites compare fairly.
 */

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};
const compressed = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.webmanifest']);

export function serveStatic(root: string, port: number, { gzip = true } = {}): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end();
    const extension = extname(file);
    const headers: Record<string, string> = {
      'Content-Type': types[extension] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    };
    if (gzip && compressed.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      response.writeHead(200, { ...headers, 'Content-Encoding': 'gzip' });
      createReadStream(file).pipe(createGzip()).pipe(response);
    } else {
      response.writeHead(200, { ...headers, 'Content-Length': String(statSync(file).size) });
      createReadStream(file).pipe(response);
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
