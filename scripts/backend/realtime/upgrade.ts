import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Realtime } from './server.ts';

/*
 * The gateway's WebSocket upgrades: `/realtime/v1/websocket?apikey=…&vsn=2.0.0`, the address
 * supabase-js opens (Kong forwards it to Realtime's `/socket/websocket`). As Realtime's
 * `user_socket.ex` `connect`, a missing or unknown project key is refused with HTTP 401 and a JSON
 * `{"error": …}` body; any other path gets the gateway's 404.
 */

const path = '/realtime/v1/websocket';

function refuse(socket: Duplex, status: 401 | 404, body: Record<string, string>): void {
  const text = JSON.stringify(body);
  socket.end(
    `HTTP/1.1 ${status} ${status === 401 ? 'Unauthorized' : 'Not Found'}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`,
  );
}

export function realtimeUpgrade(realtime: Realtime, isProjectKey: (key: string) => boolean) {
  return (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => undefined);
    const url = new URL(request.url ?? '/', 'http://gateway.local');
    if (url.pathname !== path) return refuse(socket, 404, { message: 'no Route matched with those values' });
    const apikey = url.searchParams.get('apikey') ?? request.headers.apikey ?? request.headers['x-api-key'];
    if (typeof apikey !== 'string' || apikey === '') return refuse(socket, 401, { error: 'API key is missing' });
    if (!isProjectKey(apikey)) return refuse(socket, 401, { error: 'Invalid API key' });
    realtime.handleUpgrade(request, socket, head, apikey);
  };
}
