import { WebSocket } from 'ws';

/*
 * A raw Realtime client for wire-level tests: sends Phoenix frames as realtime-js does
 * (`[join_ref, ref, topic, event, payload]`, refs as decimal strings from one counter) and
 * keeps every frame received, so a test can wait for the one it expects, with a generous timeout
 * for a loaded machine, and then check what else did or did not arrive.
 */

export type ServerFrame = [string | null, string | null, string, string, Record<string, unknown>];

export class RealtimeSocket {
  readonly frames: ServerFrame[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  private counter = 0;
  private waiters: (() => void)[] = [];

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      this.frames.push(JSON.parse(data.toString()) as ServerFrame);
      for (const wake of this.waiters) wake();
    });
    this.closed = new Promise((resolve) =>
      socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
  }

  static open(url: string): Promise<RealtimeSocket> {
    const socket = new WebSocket(url);
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(new RealtimeSocket(socket)));
      socket.once('error', reject);
    });
  }

  nextRef(): string {
    return String(++this.counter);
  }

  send(joinRef: string | null, ref: string | null, topic: string, event: string, payload: object): void {
    this.socket.send(JSON.stringify([joinRef, ref, topic, event, payload]));
  }

  /** Sends `phx_join` for `topic`; returns its ref (the channel's join_ref). */
  join(topic: string, payload: object): string {
    const ref = this.nextRef();
    this.send(ref, ref, topic, 'phx_join', payload);
    return ref;
  }

  /** The first frame (from `from` on) that `matches`, waiting for it up to `timeoutMs`. */
  waitFor(matches: (frame: ServerFrame) => boolean, timeoutMs = 20_000, from = 0): Promise<ServerFrame> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.frames.slice(from).find(matches);
        if (!found) return false;
        this.waiters = this.waiters.filter((waiter) => waiter !== wake);
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const wake = () => void check();
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((waiter) => waiter !== wake);
        reject(new Error(`no matching frame within ${timeoutMs} ms; got ${JSON.stringify(this.frames)}`));
      }, timeoutMs);
      if (!check()) this.waiters.push(wake);
    });
  }

  /** The reply to the push with `ref`. */
  reply(ref: string): Promise<ServerFrame> {
    return this.waitFor(([, frameRef, , event]) => frameRef === ref && event === 'phx_reply');
  }

  /** A round trip: once its reply is in, the server has handled every frame sent before it. */
  async heartbeat(): Promise<ServerFrame> {
    const ref = this.nextRef();
    this.send(null, ref, 'phoenix', 'heartbeat', {});
    return this.reply(ref);
  }

  close(): void {
    this.socket.terminate();
  }
}

/** Frames of `event` on `topic`. */
export const on = (topic: string, event: string) => (frame: ServerFrame) => frame[2] === topic && frame[3] === event;
