import type { Binding, BindingParse } from './bindings.ts';
import type { ChangeData, Subscriber } from './delivery.ts';
import { encodeFrame } from './protocol.ts';
import { type Claims, checkToken } from './tokens.ts';

/*
 * One joined channel (`realtime:<name>`) of one socket: its claims, its postgres_changes bindings
 * and the frames the server pushes to it, as Supabase Realtime's channel process pushes them
 * (`realtime_channel.ex`, phoenix `socket.ex`): `system` messages carry the join_ref and no ref,
 * change events neither (`message_dispatcher.ex` fastlane), `phx_close` has ref = join_ref.
 * Bindings deliver only once the database has accepted them.
 */

export type ChannelHost = {
  jwtSecret: string;
  send: (frame: string) => void;
  /** Checks bindings against the database for a role: null, or why they cannot be subscribed. */
  checkBindings: (bindings: Binding[], role: string) => Promise<string | null>;
  /** Called once the channel has ended (left, closed, or its token failed). */
  ended: (channel: Channel) => void;
};

// setTimeout cannot wait longer than 2^31 - 1 ms; Realtime re-checks at least hourly anyway.
const maxTokenCheckMs = 60 * 60 * 1000;

export class Channel implements Subscriber {
  bindings: Binding[] = [];
  private expiryTimer: NodeJS.Timeout | undefined;
  private subscribeAttempt = 0;
  private live = true;

  constructor(
    private readonly host: ChannelHost,
    readonly topic: string,
    readonly joinRef: string | null,
    public claims: Claims,
    public accessToken: string,
    private readonly requested: BindingParse[],
  ) {}

  get isLive(): boolean {
    return this.live;
  }

  get name(): string {
    return this.topic.slice('realtime:'.length);
  }

  private push(event: string, payload: Record<string, unknown>): void {
    this.host.send(encodeFrame(this.joinRef, null, this.topic, event, payload));
  }

  private system(extension: string, status: 'ok' | 'error', message: string): void {
    this.push('system', { extension, status, message, channel: this.name });
  }

  deliver(ids: number[], data: ChangeData): void {
    this.host.send(encodeFrame(null, null, this.topic, 'postgres_changes', { ids, data }));
  }

  /**
   * Activates the requested bindings if the database accepts them; the outcome (null, or why not)
   * is for `report`. Undefined when the channel has ended or a newer attempt has begun meanwhile.
   */
  async subscribe(): Promise<string | null | undefined> {
    if (this.requested.length === 0) return null;
    const attempt = ++this.subscribeAttempt;
    const valid = this.requested.flatMap((parse) => (parse.ok ? [parse.binding] : []));
    const unparsable = this.requested.find((parse) => !parse.ok);
    const failure =
      unparsable?.ok === false ? unparsable.message : await this.host.checkBindings(valid, this.claims.role);
    if (attempt !== this.subscribeAttempt || !this.live) return undefined;
    this.bindings = failure ? [] : valid;
    return failure;
  }

  /** Says how `subscribe` went, in the `system` message Realtime sends for postgres_changes. */
  report(failure: string | null | undefined): void {
    if (failure === undefined || this.requested.length === 0) return;
    this.system('postgres_changes', failure ? 'error' : 'ok', failure ?? 'Subscribed to PostgreSQL');
  }

  /** Re-checks the token at its expiry (at least hourly) and ends the channel once it fails. */
  watchToken(): void {
    if (!this.live) return;
    clearTimeout(this.expiryTimer);
    const wait = Math.min(maxTokenCheckMs, Math.max(0, this.claims.exp * 1000 - Date.now()));
    this.expiryTimer = setTimeout(() => {
      const check = checkToken(this.accessToken, this.host.jwtSecret);
      if (check.ok) this.watchToken();
      else this.shutDown(check.message);
    }, wait);
  }

  /** An `access_token` frame: no reply; new claims from now on, or the channel ends. */
  replaceToken(token: unknown): void {
    if (typeof token !== 'string' || token.startsWith('sb_') || token === this.accessToken) return;
    const check = checkToken(token, this.host.jwtSecret);
    if (!check.ok) {
      this.shutDown(check.message);
      return;
    }
    this.accessToken = token;
    this.claims = check.claims;
    this.watchToken();
    void this.subscribe().then((failure) => this.report(failure));
  }

  /** Ends the channel with a `system` error, as Realtime's `shutdown_response`. */
  shutDown(message: string): void {
    this.system('system', 'error', message);
    this.close();
  }

  /** Ends the channel with `phx_close` (ref = join_ref), the frame Phoenix sends on a normal exit. */
  close(): void {
    if (!this.live) return;
    this.host.send(encodeFrame(this.joinRef, this.joinRef, this.topic, 'phx_close', {}));
    this.stop();
  }

  /** Stops delivery and timers without telling the client (its socket is gone). */
  stop(): void {
    if (!this.live) return;
    this.live = false;
    clearTimeout(this.expiryTimer);
    this.bindings = [];
    this.subscribeAttempt++;
    this.host.ended(this);
  }
}
