import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { NetlifyDev } from '@netlify/dev';

/*
 * The Netlify functions under functions/, served locally by Netlify's own emulation (@netlify/dev)
 * rather than a server of ours, so a function runs here as it will on Netlify. Only functions: the
 * site has its own preview server. The functions read their settings from this process's
 * environment (`env` is set into it), as on Netlify from the site's variables.
 */

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export type FunctionsServer = { url: string; stop: () => Promise<void> };

async function answer(dev: NetlifyDev, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const handled = await dev.handleAndIntrospectNodeRequest(request);
  if (!handled) {
    response.writeHead(404, { 'Content-Type': 'application/json' }).end(JSON.stringify({ error: 'No function here' }));
    return;
  }
  const { response: result } = handled;
  response.writeHead(result.status, Object.fromEntries(result.headers));
  if (result.body) Readable.fromWeb(result.body as import('node:stream/web').ReadableStream).pipe(response);
  else response.end();
}

export async function startFunctions({
  port,
  env,
}: {
  port: number;
  env: Record<string, string>;
}): Promise<FunctionsServer> {
  Object.assign(process.env, env);
  const off = { enabled: false };
  const dev = new NetlifyDev({
    projectRoot,
    // It would otherwise add .netlify to .gitignore itself; ours lists it.
    skipGitignore: true,
    functions: { enabled: true },
    aiGateway: off,
    blobs: off,
    database: off,
    edgeFunctions: off,
    environmentVariables: off,
    geolocation: off,
    headers: off,
    images: off,
    redirects: off,
    staticFiles: off,
    serverAddress: null,
  });
  await dev.start();
  const server = createServer((request, response) => {
    answer(dev, request, response).catch((error: unknown) => {
      console.error('[functions]', error);
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      await new Promise((resolve) => server.close(resolve));
      await dev.stop();
    },
  };
}
