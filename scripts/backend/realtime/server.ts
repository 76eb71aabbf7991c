import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import pg from 'pg';
import { WebSocketServer } from 'ws';
import { type ChangeFeed, startChangeFeed } from './changeFeed.ts';
import type { Channel } from './channel.ts';
import { serveConnection } from './connection.ts';
import { deliverChange } from './delivery.ts';
import { checkBindings } from './subscribe.ts';

/*
 * The local stand-in for Supabase Realtime's Postgres Changes: a WebSocket server (no port of its
 * own; the gateway hands it upgrades at /realtime/v1/websocket) and the change feed whose rows it
 * delivers to the channels that may see them. Connects to the database as a superuser, as
 * Realtime does, to read the replication slot and to take each subscriber's role.
 */

export type RealtimeOptions = {
  /** postgres://… of a superuser, on the database whose changes are streamed. */
  databaseUrl: string;
  /** The project's JWT secret: tokens are HS256 with it. */
  jwtSecret: string;
  publication?: string;
  /** How often the slot is read (Realtime: 100 ms). */
  pollMs?: number;
  /** How long a failed join waits before its error reply (Realtime: 5 s). */
  joinErrorDelayMs?: number;
  /** Larger frames close the socket (1009). */
  maxFrameBytes?: number;
  onError?: (error: Error) => void;
};

export type Realtime = {
  /** Serves an upgrade whose project key (`apikey`) the gateway has already checked. */
  handleUpgrade: (request: IncomingMessage, socket: Duplex, head: Buffer, apikey: string) => void;
  stop: () => Promise<void>;
};

export async function startRealtime(options: RealtimeOptions): Promise<Realtime> {
  const { databaseUrl, jwtSecret, publication = 'supabase_realtime', pollMs = 100 } = options;
  const onError = options.onError ?? ((error: Error) => console.error('[realtime]', error.message));
  const db = new pg.Pool({ connectionString: databaseUrl, max: 4, application_name: 'realtime stand-in' });
  db.on('error', onError);
  const registry = new Set<Channel>();
  let feed: ChangeFeed;
  try {
    feed = await startChangeFeed({
      databaseUrl,
      publication,
      pollMs,
      onError,
      onChange: (change) => deliverChange(db, change, registry, onError),
    });
  } catch (error) {
    await db.end();
    throw error;
  }
  const sockets = new WebSocketServer({ noServer: true, maxPayload: options.maxFrameBytes ?? 1024 * 1024 });

  return {
    handleUpgrade(request, socket, head, apikey) {
      sockets.handleUpgrade(request, socket, head, (client) =>
        serveConnection(client, {
          apikey,
          jwtSecret,
          joinErrorDelayMs: options.joinErrorDelayMs ?? 5_000,
          registry,
          checkBindings: (bindings, role) => checkBindings(db, publication, bindings, role),
        }),
      );
    },
    async stop() {
      for (const client of sockets.clients) client.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      await feed.stop();
      await db.end();
    },
  };
}
