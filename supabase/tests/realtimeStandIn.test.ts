import { createClient, type RealtimeChannel } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { WebSocket } from 'ws';
import { startGateway } from '../../scripts/backend/gateway.ts';
import { newJwtSecret, signJwt } from '../../scripts/backend/jwt.ts';
import { type Postgrest, startPostgrest } from '../../scripts/backend/postgrest.ts';
import { type Realtime, startRealtime } from '../../scripts/backend/realtime/server.ts';
import { freePort } from '../../scripts/testdb/freePort.ts';
import type { Database } from '../src/database.types.ts';
import { chatAdapter, type Message, type SundhedClient } from '../src/index.ts';
import { on, RealtimeSocket, type ServerFrame } from './harness/realtimeSocket.ts';
import { worldPerFile } from './harness/worldPerFile.ts';

/*
 * Conformance of the local Realtime stand-in (scripts/backend/realtime/) with Supabase Realtime,
 * one test per behaviour 17–25 of supabase/local/stand-ins.md §5, each naming the upstream source
 * it pins. Through the gateway, with supabase-js 2.119 and its chat adapter where the behaviour
 * shows through them, with raw Phoenix frames where it is on the wire. "Not delivered" is shown by
 * a later change that is delivered on the same socket: changes go out in commit order.
 */

const file = worldPerFile();
const secret = newJwtSecret();
const now = () => Math.floor(Date.now() / 1000);
const exp = now() + 3600;
const anonKey = signJwt({ role: 'anon', exp }, secret);
const tokenFor = (sub: string, claims: Record<string, unknown> = {}) =>
  signJwt({ role: 'authenticated', sub, exp, ...claims }, secret);

let api: Postgrest;
let realtime: Realtime;
let gateway: { url: string; stop: () => Promise<void> };
let socketUrl: string;
const clients: SundhedClient[] = [];
const sockets: RealtimeSocket[] = [];
/** A second care thread of Anna's, and Bent's own care thread with the Odense team. */
const threads = { annaSecond: '', bent: '' };

beforeAll(async () => {
  const cluster = inject('supabaseClusterUrl');
  api = await startPostgrest({
    dbUri: `${cluster.replace('postgres@', 'authenticator@')}/${file.db.name}`,
    port: await freePort(),
    jwtSecret: secret,
  });
  realtime = await startRealtime({
    databaseUrl: `${cluster}/${file.db.name}`,
    jwtSecret: secret,
    joinErrorDelayMs: 100,
  });
  gateway = await startGateway({ port: await freePort(), keys: [anonKey], rest: api.url, origins: [], realtime });
  socketUrl = `${gateway.url.replace('http:', 'ws:')}/realtime/v1/websocket?apikey=${anonKey}&vsn=2.0.0`;
  const careThread = async (team: string, citizen: string) =>
    (
      await file.db.owner.query<{ id: string }>(
        `insert into public.threads (kind, team_id, citizen_id, title) values ('care', $1, $2, 'Test') returning id`,
        [team, citizen],
      )
    ).rows[0]?.id ?? '';
  threads.annaSecond = await careThread(file.world.ids.team, file.world.ids.citizenA);
  threads.bent = await careThread(file.world.ids.otherTeam, file.world.ids.citizenB);
});
afterAll(async () => {
  for (const client of clients) {
    await client.removeAllChannels();
    client.realtime.disconnect();
  }
  for (const socket of sockets) socket.close();
  await realtime?.stop();
  await gateway?.stop();
  api?.stop();
});

/**
 * supabase-js as a signed-in person has it: their JWT for REST and Realtime alike. Realtime is
 * given the token before any join, as supabase-js does on INITIAL_SESSION, so joins carry it.
 */
async function clientWith(token: string): Promise<SundhedClient> {
  const client = createClient<Database>(gateway.url, anonKey, { accessToken: async () => token });
  clients.push(client);
  await client.realtime.setAuth();
  return client;
}
const signedIn = (sub: string) => clientWith(tokenFor(sub));

async function rawSocket(): Promise<RealtimeSocket> {
  const socket = await RealtimeSocket.open(socketUrl);
  sockets.push(socket);
  return socket;
}

/** Polls `condition` (no fixed sleep decides a result) until it holds, or fails after `timeoutMs`. */
async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
const joined = (client: SundhedClient) =>
  until(() => client.getChannels().length > 0 && client.getChannels().every((channel) => channel.state === 'joined'));

function subscribed(channel: RealtimeChannel): Promise<{ status: string; error: Error | undefined }> {
  return new Promise((resolve) => channel.subscribe((status, error) => resolve({ status, error })));
}

const messagesOf = (thread: string) => ({
  event: 'INSERT',
  schema: 'public',
  table: 'messages',
  filter: `thread_id=eq.${thread}`,
});
const joinPayload = (accessToken: string, postgresChanges: object[]) => ({
  config: {
    broadcast: { ack: false, self: false },
    presence: { key: '', enabled: false },
    postgres_changes: postgresChanges,
    private: false,
  },
  access_token: accessToken,
});

/** Joins `topic` on a raw socket and waits until its changes flow; returns the join ref and binding ids. */
async function rawJoin(socket: RealtimeSocket, topic: string, token: string, changes: object[]) {
  const joinRef = socket.join(topic, joinPayload(token, changes));
  const reply = await socket.reply(joinRef);
  await socket.waitFor(on(topic, 'system'));
  const response = reply[4].response as { postgres_changes: { id: number }[] };
  return { joinRef, reply, ids: response.postgres_changes.map(({ id }) => id) };
}

async function insertMessage(thread: string, sender: string, body: string): Promise<number> {
  const { rows } = await file.db.owner.query<{ id: string }>(
    'insert into public.messages (thread_id, sender_id, body) values ($1, $2, $3) returning id',
    [thread, sender, body],
  );
  return Number(rows[0]?.id);
}

const bodyOf = (frame: ServerFrame) =>
  ((frame[4].data as { record?: { body?: string } } | undefined)?.record?.body ?? '') as string;

describe('the Realtime stand-in, as supabase-js 2.119 meets Supabase Realtime', () => {
  it('17 accepts a WebSocket at /realtime/v1/websocket?apikey=…&vsn=2.0.0 with JSON-array frames, and answers a missing or unknown apikey with HTTP 401 JSON {error} (user_socket.ex; realtime-js serializer.js)', async () => {
    const socket = await rawSocket();
    const reply = await socket.heartbeat();
    expect(Array.isArray(reply)).toBe(true);
    expect(reply).toHaveLength(5);

    const refused = (url: string) =>
      new Promise<{ status: number; body: unknown }>((resolve, reject) => {
        const attempt = new WebSocket(url);
        attempt.on('open', () => reject(new Error('the upgrade was accepted')));
        attempt.on('error', () => undefined);
        attempt.on('unexpected-response', (_request, response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }));
        });
      });
    const base = `${gateway.url.replace('http:', 'ws:')}/realtime/v1/websocket`;
    const missing = await refused(`${base}?vsn=2.0.0`);
    expect(missing).toEqual({ status: 401, body: { error: 'API key is missing' } });
    const unknown = await refused(`${base}?apikey=${signJwt({ role: 'anon', exp }, newJwtSecret())}&vsn=2.0.0`);
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual({ error: expect.any(String) });
    expect((await refused(`${gateway.url.replace('http:', 'ws:')}/realtime/v1/other?apikey=${anonKey}`)).status).toBe(
      404,
    );
  });

  it('18 answers a heartbeat [null, ref, "phoenix", "heartbeat", {}] with phx_reply {status:"ok", response:{}} and the same ref (phoenix socket.ex)', async () => {
    const socket = await rawSocket();
    socket.send(null, '41', 'phoenix', 'heartbeat', {});
    expect(await socket.reply('41')).toEqual([null, '41', 'phoenix', 'phx_reply', { status: 'ok', response: {} }]);
  });

  it('19 replies to phx_join with each postgres_changes entry unchanged plus a numeric id, in order; supabase-js reports SUBSCRIBED (realtime_channel.ex add_id_to_postgres_changes; RealtimeChannel._updatePostgresBindings)', async () => {
    const thread = file.world.ids.thread;
    const entries = [messagesOf(thread), { event: '*', schema: 'public', table: 'inbox_state' }];
    const socket = await rawSocket();
    const { joinRef, reply } = await rawJoin(socket, 'realtime:raw-19', tokenFor(file.world.ids.citizenA), entries);
    expect(reply[0]).toBe(joinRef);
    expect(reply[4]).toEqual({
      status: 'ok',
      response: { postgres_changes: entries.map((entry) => ({ ...entry, id: expect.any(Number) })) },
    });
    const system = await socket.waitFor(on('realtime:raw-19', 'system'));
    expect(system).toEqual([
      joinRef,
      null,
      'realtime:raw-19',
      'system',
      { extension: 'postgres_changes', status: 'ok', message: 'Subscribed to PostgreSQL', channel: 'raw-19' },
    ]);

    const anna = await signedIn(file.world.ids.citizenA);
    const channel = anna.channel(`thread:${thread}`).on('postgres_changes', messagesOf(thread) as never, () => {});
    expect((await subscribed(channel)).status).toBe('SUBSCRIBED');
  });

  it('20 refuses a join with an expired or role-less token: phx_reply status "error" with a reason string; supabase-js reports CHANNEL_ERROR (realtime_channel.ex confirm_token; channels_authorization.ex)', async () => {
    const expired = await clientWith(tokenFor(file.world.ids.citizenA, { exp: now() - 30 }));
    const channel = expired
      .channel('expired')
      .on('postgres_changes', messagesOf(file.world.ids.thread) as never, () => {});
    const outcome = await subscribed(channel);
    expect(outcome.status).toBe('CHANNEL_ERROR');
    expect(outcome.error?.message).toMatch(/^InvalidJWTToken: Token has expired \d+ seconds ago$/);
    await expired.removeChannel(channel);

    const socket = await rawSocket();
    const roleless = socket.join('realtime:roleless', joinPayload(signJwt({ sub: 'x', exp }, secret), []));
    expect((await socket.reply(roleless))[4]).toEqual({
      status: 'error',
      response: { reason: 'InvalidJWTToken: Fields `role` and `exp` are required in JWT' },
    });
    const forged = socket.join(
      'realtime:forged',
      joinPayload(signJwt({ role: 'authenticated', exp }, newJwtSecret()), []),
    );
    expect((await socket.reply(forged))[4]).toEqual({
      status: 'error',
      response: { reason: 'JwtSignatureError: Failed to validate JWT signature' },
    });
  });

  it('21 delivers an INSERT the subscriber\'s RLS lets them see as [null,null,topic,"postgres_changes",{ids,data}], and the chat adapter\'s callback gets the row as `new` (message_dispatcher.ex, apply_rls.sql; transformers.js)', async () => {
    const thread = file.world.ids.thread;
    const anna = await signedIn(file.world.ids.citizenA);
    const received: Message[] = [];
    const stop = chatAdapter(anna).onMessage(thread, (message) => received.push(message));
    await joined(anna);
    const socket = await rawSocket();
    const { ids } = await rawJoin(socket, 'realtime:raw-21', tokenFor(file.world.ids.citizenA), [messagesOf(thread)]);

    // Karen of the team answers through supabase-js, as the staff app would.
    const karen = await signedIn(file.world.ids.proIn);
    const sent = await chatAdapter(karen).send(thread, 'Mål før morgenmaden.');
    await until(() => received.length > 0);
    const { rows } = await file.db.owner.query<{ created_at: Date }>(
      'select created_at from public.messages where id = $1',
      [sent],
    );
    expect(received).toEqual([
      {
        id: sent,
        thread_id: thread,
        sender_id: file.world.ids.proIn,
        body: 'Mål før morgenmaden.',
        created_at: expect.any(String),
        // Not client_key or hidden_by: the subscriber may not select them (column privileges).
        hidden_at: null,
      },
    ]);
    expect(new Date(received[0]?.created_at ?? '').getTime()).toBe(rows[0]?.created_at.getTime());

    const frame = await socket.waitFor(on('realtime:raw-21', 'postgres_changes'));
    expect(frame.slice(0, 4)).toEqual([null, null, 'realtime:raw-21', 'postgres_changes']);
    expect(frame[4]).toEqual({
      ids,
      data: {
        schema: 'public',
        table: 'messages',
        commit_timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        type: 'INSERT',
        columns: [
          { name: 'id', type: 'int8' },
          { name: 'thread_id', type: 'uuid' },
          { name: 'sender_id', type: 'uuid' },
          { name: 'body', type: 'text' },
          { name: 'created_at', type: 'timestamptz' },
          { name: 'hidden_at', type: 'timestamptz' },
        ],
        record: { ...received[0] },
        errors: null,
      },
    });
    await stop();
  });

  it("22 does not deliver an INSERT the subscriber's RLS hides, nor one that fails the filter (apply_rls.sql)", async () => {
    const thread = file.world.ids.thread;
    // Bent, outside Anna's thread, listens to it and to his own; Anna listens to her first thread.
    const bent = await signedIn(file.world.ids.citizenB);
    const bentSees: Message[] = [];
    const stopBent = [
      chatAdapter(bent).onMessage(thread, (message) => bentSees.push(message)),
      chatAdapter(bent).onMessage(threads.bent, (message) => bentSees.push(message)),
    ];
    const anna = await signedIn(file.world.ids.citizenA);
    const annaSees: Message[] = [];
    const stopAnna = chatAdapter(anna).onMessage(thread, (message) => annaSees.push(message));
    await joined(bent);
    await joined(anna);

    await chatAdapter(await signedIn(file.world.ids.proIn)).send(thread, 'Kun til Anna.');
    await chatAdapter(anna).send(threads.annaSecond, 'I den anden tråd.');
    await chatAdapter(bent).send(threads.bent, 'Bents egen.');
    await chatAdapter(anna).send(thread, 'Annas egen.');
    await until(() => bentSees.length > 0 && annaSees.length > 1);
    expect(bentSees.map(({ body }) => body)).toEqual(['Bents egen.']);
    expect(annaSees.map(({ body }) => body)).toEqual(['Kun til Anna.', 'Annas egen.']);
    await Promise.all([...stopBent, stopAnna].map((stop) => stop()));
  });

  it('23 delivers a DELETE without an RLS check, with only the primary key in old_record when the table has RLS (apply_rls.sql; docs postgres-changes)', async () => {
    const doomed = await insertMessage(file.world.ids.thread, file.world.ids.citizenA, 'Slettes.');
    const bent = await signedIn(file.world.ids.citizenB);
    const deletes: { eventType: string; old: unknown; new: unknown }[] = [];
    bent
      .channel('deletes')
      .on('postgres_changes', { event: 'DELETE', schema: 'public', table: 'messages' }, (change) =>
        deletes.push(change),
      )
      .subscribe();
    await joined(bent);
    await file.db.owner.query('delete from public.messages where id = $1', [doomed]);
    await until(() => deletes.length > 0);
    expect(deletes).toEqual([expect.objectContaining({ eventType: 'DELETE', old: { id: doomed }, new: {} })]);
  });

  it('24 takes an access_token frame without a reply and checks later events against its claims; an expired one ends the channel with a system error, then phx_close (realtime_channel.ex handle_in("access_token"), shutdown_response)', async () => {
    const socket = await rawSocket();
    const topic = 'realtime:raw-24';
    const { joinRef } = await rawJoin(socket, topic, tokenFor(file.world.ids.citizenA), [
      messagesOf(file.world.ids.thread),
      messagesOf(threads.bent),
    ]);
    const swapRef = socket.nextRef();
    socket.send(joinRef, swapRef, topic, 'access_token', { access_token: tokenFor(file.world.ids.citizenB) });
    await socket.heartbeat();
    const mark = socket.frames.length;
    await insertMessage(file.world.ids.thread, file.world.ids.proIn, 'Ikke til Bent.');
    await insertMessage(threads.bent, file.world.ids.citizenB, 'Til Bent.');
    await socket.waitFor(on(topic, 'postgres_changes'), 20_000, mark);
    expect(socket.frames.slice(mark).filter(on(topic, 'postgres_changes')).map(bodyOf)).toEqual(['Til Bent.']);

    const expiredRef = socket.nextRef();
    socket.send(joinRef, expiredRef, topic, 'access_token', {
      access_token: tokenFor(file.world.ids.citizenB, { exp: now() - 5 }),
    });
    const close = await socket.waitFor(on(topic, 'phx_close'));
    expect(close).toEqual([joinRef, joinRef, topic, 'phx_close', {}]);
    const errors = socket.frames.filter(on(topic, 'system')).filter(([, , , , payload]) => payload.status === 'error');
    expect(errors).toEqual([
      [
        joinRef,
        null,
        topic,
        'system',
        {
          extension: 'system',
          status: 'error',
          message: expect.stringMatching(/^Token has expired \d+ seconds ago$/),
          channel: 'raw-24',
        },
      ],
    ]);
    expect(socket.frames.indexOf(errors[0] as ServerFrame)).toBeLessThan(socket.frames.indexOf(close));
    expect(socket.frames.some(([, ref]) => ref === swapRef || ref === expiredRef)).toBe(false);
  });

  it("25 answers phx_leave with an ok reply, then phx_close (ref = join_ref), and sends that topic nothing more; supabase-js' removeChannel resolves 'ok' (phoenix socket.ex; RealtimeClient.removeChannel)", async () => {
    const anna = await signedIn(file.world.ids.citizenA);
    const channel = anna
      .channel('leaving')
      .on('postgres_changes', messagesOf(file.world.ids.thread) as never, () => {});
    expect((await subscribed(channel)).status).toBe('SUBSCRIBED');
    expect(await anna.removeChannel(channel)).toBe('ok');

    const socket = await rawSocket();
    const token = tokenFor(file.world.ids.citizenA);
    const leaving = await rawJoin(socket, 'realtime:leaving', token, [messagesOf(file.world.ids.thread)]);
    await rawJoin(socket, 'realtime:staying', token, [messagesOf(file.world.ids.thread)]);
    const leaveRef = socket.nextRef();
    socket.send(leaving.joinRef, leaveRef, 'realtime:leaving', 'phx_leave', {});
    const reply = await socket.reply(leaveRef);
    expect(reply).toEqual([leaving.joinRef, leaveRef, 'realtime:leaving', 'phx_reply', { status: 'ok', response: {} }]);
    const close = await socket.waitFor(on('realtime:leaving', 'phx_close'));
    expect(close).toEqual([leaving.joinRef, leaving.joinRef, 'realtime:leaving', 'phx_close', {}]);
    expect(socket.frames.indexOf(reply)).toBeLessThan(socket.frames.indexOf(close));

    await insertMessage(file.world.ids.thread, file.world.ids.proIn, 'Efter farvel.');
    await socket.waitFor(on('realtime:staying', 'postgres_changes'));
    expect(socket.frames.filter(on('realtime:leaving', 'postgres_changes'))).toEqual([]);
  });
});

describe('the Realtime stand-in refuses what it cannot read, and keeps serving', () => {
  it('closes a socket that sends a non-JSON, malformed, binary or oversized frame, with a close code saying why', async () => {
    const cases: [string, (socket: RealtimeSocket) => void, number][] = [
      ['not JSON', (socket) => socket.socket.send('hello'), 1007],
      ['not a frame', (socket) => socket.socket.send(JSON.stringify({ topic: 'phoenix', event: 'heartbeat' })), 1007],
      ['binary', (socket) => socket.socket.send(Buffer.from([1, 2, 3])), 1003],
      [
        'oversized',
        (socket) => socket.socket.send(`["1","1","realtime:x","phx_join",{"a":"${'x'.repeat(1024 * 1024)}"}]`),
        1009,
      ],
    ];
    for (const [, sendBad, code] of cases) {
      const socket = await rawSocket();
      sendBad(socket);
      expect((await socket.closed).code).toBe(code);
    }
    expect((await (await rawSocket()).heartbeat())[4]).toEqual({ status: 'ok', response: {} });
  });

  it('answers a push to a topic not joined with "unmatched topic", and ignores events it does not serve on a joined one', async () => {
    const socket = await rawSocket();
    socket.send('9', '9', 'realtime:nowhere', 'access_token', { access_token: anonKey });
    expect((await socket.reply('9'))[4]).toEqual({ status: 'error', response: { reason: 'unmatched topic' } });
    socket.send(null, '10', 'elsewhere', 'phx_join', {});
    expect((await socket.reply('10'))[4]).toEqual({ status: 'error', response: { reason: 'unmatched topic' } });
    const joinRef = socket.join('realtime:plain', joinPayload(anonKey, []));
    expect((await socket.reply(joinRef))[4]).toEqual({ status: 'ok', response: { postgres_changes: [] } });
    socket.send(joinRef, '11', 'realtime:plain', 'broadcast', { type: 'broadcast', event: 'x', payload: {} });
    await socket.heartbeat();
    expect(socket.frames.some(([, ref]) => ref === '11')).toBe(false);
  });

  it('refuses join payloads it cannot read, and says in a system message why bindings it cannot subscribe fail', async () => {
    const socket = await rawSocket();
    const token = tokenFor(file.world.ids.citizenA);
    const bad = socket.join('realtime:bad-config', { config: { postgres_changes: 'messages' }, access_token: token });
    expect((await socket.reply(bad))[4]).toEqual({
      status: 'error',
      response: { reason: 'InvalidJoinPayload: `config.postgres_changes` must be a list of objects' },
    });
    const failures: [string, object, RegExp][] = [
      [
        'filter',
        { event: 'INSERT', schema: 'public', table: 'messages', filter: 'thread_id=about.1' },
        /^Error parsing `filter` params/,
      ],
      ['table', { event: 'INSERT', schema: 'public', table: 'progress' }, /Please check Realtime is enabled/],
      [
        'column',
        { event: '*', schema: 'public', table: 'messages', filter: 'nope=eq.1' },
        /invalid column for filter nope/,
      ],
      [
        'value',
        { event: '*', schema: 'public', table: 'messages', filter: 'thread_id=eq.not-a-uuid' },
        /invalid input syntax for type uuid/,
      ],
    ];
    for (const [name, binding, message] of failures) {
      const topic = `realtime:bad-${name}`;
      const joinRef = socket.join(topic, joinPayload(token, [binding]));
      expect((await socket.reply(joinRef))[4]).toMatchObject({ status: 'ok' });
      const system = await socket.waitFor(on(topic, 'system'));
      expect(system[4]).toMatchObject({
        extension: 'postgres_changes',
        status: 'error',
        message: expect.stringMatching(message),
      });
    }
    expect((await socket.heartbeat())[4]).toEqual({ status: 'ok', response: {} });
  });

  it('drops its replication slot when stopped, so nothing is left running', async () => {
    const cluster = inject('supabaseClusterUrl');
    const slots = async () =>
      Number(
        (
          await file.db.owner.query<{ count: string }>(
            `select count(*) from pg_replication_slots where slot_name like 'realtime_stand_in_%' and database = current_database()`,
          )
        ).rows[0]?.count,
      );
    const before = await slots();
    const second = await startRealtime({ databaseUrl: `${cluster}/${file.db.name}`, jwtSecret: secret });
    expect(await slots()).toBe(before + 1);
    await second.stop();
    expect(await slots()).toBe(before);
  });
});
