import type { RawData, WebSocket } from 'ws';
import { parseBinding } from './bindings.ts';
import { Channel, type ChannelHost } from './channel.ts';
import { readJoin, topicPrefix } from './joinRequest.ts';
import { type Frame, parseFrame, replyTo } from './protocol.ts';

/*
 * One client socket, answered as Phoenix and Supabase Realtime answer it (phoenix `socket.ex`,
 * `realtime_channel.ex` `join`/`handle_in`): heartbeats, joins, leaves and `access_token` frames.
 * A join's claims come from its `access_token`, else from the URL's apikey; a join that fails
 * is answered after `joinErrorDelayMs` (Realtime: 5 s) so a client's retries stay slow. Frames the
 * stand-in cannot read end the connection with a close code and reason, as Phoenix drops a socket
 * whose frame it cannot decode; events it does not serve on a joined channel are ignored, as
 * Realtime ignores them.
 */

export type ConnectionOptions = Omit<ChannelHost, 'send' | 'ended'> & {
  apikey: string;
  joinErrorDelayMs: number;
  /** Where live channels are registered for change delivery. */
  registry: Set<Channel>;
};

const closeCodes = { unsupportedData: 1003, invalidPayload: 1007 };

export function serveConnection(socket: WebSocket, options: ConnectionOptions): void {
  const { apikey, joinErrorDelayMs, registry } = options;
  const channels = new Map<string, Channel>();
  const send = (frame: string) => {
    if (socket.readyState === socket.OPEN) socket.send(frame);
  };
  const host: ChannelHost = {
    ...options,
    send,
    ended: (channel) => {
      registry.delete(channel);
      if (channels.get(channel.topic) === channel) channels.delete(channel.topic);
    },
  };

  function join(frame: Frame): void {
    const request = readJoin(frame.topic, frame.payload, apikey, options.jwtSecret);
    if (!request.ok) {
      setTimeout(
        () => send(replyTo(frame, 'error', { reason: `${request.code}: ${request.message}` })),
        joinErrorDelayMs,
      ).unref();
      return;
    }
    const { entries, token, claims } = request;
    // A second join of the same topic replaces the first (Phoenix closes the old channel).
    channels.get(frame.topic)?.close();
    const requested = entries.map(parseBinding);
    const channel = new Channel(host, frame.topic, frame.joinRef, claims, token, requested);
    channels.set(frame.topic, channel);
    registry.add(channel);
    channel.watchToken();
    // Realtime replies first and subscribes after; here the reply waits for the subscription, so
    // that SUBSCRIBED on the client means changes flow (frames keep Realtime's order).
    void channel.subscribe().then((failure) => {
      if (!channel.isLive) return;
      send(replyTo(frame, 'ok', { postgres_changes: entries.map((entry, i) => ({ ...entry, id: requested[i]?.id })) }));
      channel.report(failure);
    });
  }

  function handle(frame: Frame): void {
    if (frame.topic === 'phoenix' && frame.event === 'heartbeat') {
      send(replyTo(frame, 'ok', {}));
      return;
    }
    if (frame.event === 'phx_join' && frame.topic.startsWith(topicPrefix)) {
      join(frame);
      return;
    }
    const channel = channels.get(frame.topic);
    if (!channel) {
      send(replyTo(frame, 'error', { reason: 'unmatched topic' }));
      return;
    }
    if (frame.event === 'phx_leave') {
      send(replyTo(frame, 'ok', {}));
      channel.close();
    } else if (frame.event === 'access_token') channel.replaceToken(frame.payload.access_token);
  }

  socket.on('message', (data: RawData, isBinary: boolean) => {
    if (isBinary) {
      socket.close(closeCodes.unsupportedData, 'Binary frames are not supported (only broadcast uses them)');
      return;
    }
    const parsed = parseFrame(data.toString());
    if (!parsed.ok) socket.close(closeCodes.invalidPayload, parsed.reason);
    else handle(parsed.frame);
  });
  socket.on('close', () => {
    for (const channel of [...channels.values()]) channel.stop();
  });
  // ws reports frames over its size limit here, then closes with 1009; nothing else to do.
  socket.on('error', () => undefined);
}
