import { timingSafeEqual } from 'node:crypto';
import { createServer, request as forward, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AuthRoute } from './auth/authServer.ts';
import type { Realtime } from './realtime/server.ts';
import { realtimeUpgrade } from './realtime/upgrade.ts';

/*
 * The local backend's one origin, laid out like a Supabase project's (Kong in front of each
 * service): `/rest/v1/*` goes to PostgREST, and the sign-in and Realtime stand-ins join as
 * `/auth/v1` and `/realtime/v1`. As on Supabase, every request needs a project key in the
 * `apikey` header (or query parameter), a request without `Authorization` is made with that key,
 * and browsers are let in from the site's origins only. Bodies over 1 MB are refused.
 */

export type GatewayOptions = {
  port: number;
  /** The anon and service-role keys a request may carry as `apikey`. */
  keys: string[];
  /** Where `/rest/v1` goes: PostgREST's address. */
  rest: string;
  /** Browser origins allowed to call (CORS), e.g. the course site. */
  origins: string[];
  /** The sign-in stand-in, served at `/auth/v1` (auth/authServer.ts). */
  auth?: AuthRoute;
  /** Serves WebSocket upgrades at `/realtime/v1/websocket` (scripts/backend/realtime/). */
  realtime?: Realtime;
};

const maxBodyBytes = 1024 * 1024;
const allowedHeaders =
  'authorization, apikey, content-type, x-client-info, accept-profile, content-profile, prefer, range, x-supabase-api-version';

function json(response: ServerResponse, status: number, body: Record<string, unknown>): void {
  response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}

const sameKey = (given: string, key: string) =>
  given.length === key.length && timingSafeEqual(Buffer.from(given), Buffer.from(key));

function corsHeaders(request: IncomingMessage, origins: string[]): Record<string, string> {
  const origin = request.headers.origin;
  if (!origin || !origins.includes(origin)) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Headers': allowedHeaders,
    'Access-Control-Allow-Methods': 'GET, HEAD, POST, PATCH, PUT, DELETE, OPTIONS',
    'Access-Control-Expose-Headers': 'content-range, x-supabase-api-version, x-sb-error-code',
    'Access-Control-Max-Age': '3600',
    Vary: 'Origin',
  };
}

export function gatewayHandler({ keys, rest, origins, auth }: Omit<GatewayOptions, 'port'>) {
  const target = new URL(rest);
  return (request: IncomingMessage, response: ServerResponse) => {
    const cors = corsHeaders(request, origins);
    for (const [name, value] of Object.entries(cors)) response.setHeader(name, value);
    if (request.method === 'OPTIONS') {
      response.writeHead(cors['Access-Control-Allow-Origin'] ? 204 : 403).end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://gateway.local');
    const apikey = String(request.headers.apikey ?? url.searchParams.get('apikey') ?? '');
    if (!apikey) {
      json(response, 401, {
        message: 'No API key found in request',
        hint: 'No `apikey` request header or url param was found.',
      });
      return;
    }
    if (!keys.some((key) => sameKey(apikey, key))) {
      json(response, 401, {
        message: 'Invalid API key',
        hint: 'Double check your Supabase `anon` or `service_role` API key.',
      });
      return;
    }
    if (Number(request.headers['content-length'] ?? 0) > maxBodyBytes) {
      json(response, 413, { message: 'Request body too large', hint: `At most ${maxBodyBytes} bytes.` });
      return;
    }
    if (auth && url.pathname.startsWith('/auth/v1/')) {
      auth(request, response, url.pathname.slice('/auth/v1'.length), url.searchParams);
      return;
    }
    if (!url.pathname.startsWith('/rest/v1/')) {
      json(response, 404, { message: 'no Route matched with those values' });
      return;
    }
    url.searchParams.delete('apikey');
    const headers = { ...request.headers, host: target.host };
    headers.authorization ??= `Bearer ${apikey}`;
    let sent = 0;
    const upstream = forward(
      {
        hostname: target.hostname,
        port: target.port,
        method: request.method,
        path: `${url.pathname.slice('/rest/v1'.length)}${url.search}`,
        headers,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => {
      if (!response.headersSent) json(response, 502, { message: 'The API server did not answer.' });
    });
    // A body without a length is counted as it streams and cut off past the limit.
    request.on('data', (chunk: Buffer) => {
      sent += chunk.length;
      if (sent > maxBodyBytes) {
        upstream.destroy();
        if (!response.headersSent) json(response, 413, { message: 'Request body too large' });
        request.destroy();
      }
    });
    request.pipe(upstream);
  };
}

export async function startGateway(options: GatewayOptions): Promise<{ url: string; stop: () => Promise<void> }> {
  const server: Server = createServer(gatewayHandler(options));
  const { realtime, keys } = options;
  if (realtime)
    server.on(
      'upgrade',
      realtimeUpgrade(realtime, (given) => keys.some((key) => sameKey(given, key))),
    );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${options.port}`,
    // Browsers keep connections open; close them, or stopping would wait for them.
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
