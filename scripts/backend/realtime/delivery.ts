import type pg from 'pg';
import { type Action, type Binding, bindingWants } from './bindings.ts';
import type { Change } from './changeFeed.ts';
import { type RowJson, type RowText, rowJson, rowText } from './rowValues.ts';
import { readableColumns, type TableInfo, tableInfo } from './tables.ts';
import type { Claims } from './tokens.ts';
import { canSeeRow, passesFilters } from './visibility.ts';

/*
 * One change, fanned out to the channels whose bindings ask for it, with the event `data` each
 * may see, as Supabase Realtime's `apply_rls.sql` builds it: `columns` and values only for
 * columns the subscriber's role may select; INSERT and UPDATE only to subscribers whose role and
 * claims can select the row (when the table has row-level security); DELETE to every subscriber
 * whose filters pass, unchecked, but with only the primary key in `old_record` when the table has
 * row-level security. Records over 1 MiB keep only values of at most 64 bytes (error 413).
 */

export type ChangeData = {
  schema: string;
  table: string;
  commit_timestamp: string;
  type: Action;
  columns?: { name: string; type: string }[];
  record?: Record<string, unknown>;
  old_record?: Record<string, unknown>;
  errors: string[] | null;
};
export type Subscriber = {
  claims: Claims;
  bindings: readonly Binding[];
  /** Sends the event for the bindings `ids` of this subscriber. */
  deliver: (ids: number[], data: ChangeData) => void;
};

const maxRecordBytes = 1024 * 1024;
const keptValueBytes = 64;
const textBytes = (row: RowText | null) =>
  [...(row?.values() ?? [])].reduce((sum, value) => sum + Buffer.byteLength(value ?? ''), 0);

/** wal2json reports an UPDATE that keeps its key with the key taken from the new row. */
function keyOf(table: TableInfo, row: RowText | null): RowText | null {
  if (!row) return null;
  return new Map(
    table.columns.filter(({ isPrimaryKey }) => isPrimaryKey).map(({ name }) => [name, row.get(name) ?? null]),
  );
}

type Rows = { newJson: RowJson; oldJson: RowJson; oversized: boolean };

function eventData(base: Omit<ChangeData, 'errors'>, table: TableInfo, readable: Set<string>, rows: Rows): ChangeData {
  const { newJson, oldJson, oversized } = rows;
  const pick = (json: RowJson, keyOnly = false) =>
    Object.fromEntries(
      table.columns
        .filter(({ name, isPrimaryKey }) => readable.has(name) && json.has(name) && (!keyOnly || isPrimaryKey))
        .map(({ name }) => [name, json.get(name)])
        .filter(([, value]) => !oversized || Buffer.byteLength(JSON.stringify(value) ?? '') <= keptValueBytes),
    );
  const columns = table.columns
    .filter(({ name }) => readable.has(name))
    .map(({ name, typname }) => ({ name, type: typname }));
  const data: ChangeData = { ...base, columns, errors: oversized ? ['Error 413: Payload Too Large'] : null };
  // A value TOASTed and unchanged is not in the new row: it is taken from the old one, if there.
  if (base.type !== 'DELETE') data.record = pick(new Map([...oldJson, ...newJson]));
  if (base.type === 'UPDATE') data.old_record = pick(oldJson);
  if (base.type === 'DELETE') data.old_record = pick(oldJson, table.rowSecurity);
  return data;
}

/** The bindings whose filters the change passes: on the new row, or for a DELETE the old one. */
async function idsPassing(
  db: pg.Pool,
  table: TableInfo,
  change: Change,
  bindings: Binding[],
  [newText, oldText]: [RowText | null, RowText | null],
) {
  const ids: number[] = [];
  for (const binding of bindings) {
    const passes =
      (await passesFilters(db, table, binding.filters, newText)) ||
      (change.action === 'DELETE' && (await passesFilters(db, table, binding.filters, oldText)));
    if (passes) ids.push(binding.id);
  }
  return ids;
}

export async function deliverChange(
  db: pg.Pool,
  change: Change,
  subscribers: Iterable<Subscriber>,
  onError: (error: Error) => void,
): Promise<void> {
  const { schema, table: tableName, oid } = change.relation;
  const wanted = [...subscribers]
    .map((subscriber) => ({
      subscriber,
      bindings: subscriber.bindings.filter((binding) => bindingWants(binding, schema, tableName, change.action)),
    }))
    .filter(({ bindings }) => bindings.length > 0);
  if (wanted.length === 0) return;
  const table = await tableInfo(db, oid);
  if (!table) return;
  const newText = rowText(change, 'new');
  const oldText = rowText(change, 'old') ?? (change.action === 'UPDATE' ? keyOf(table, newText) : null);
  const [newJson = new Map(), oldJson = new Map()] = await rowJson(db, table, [
    newText ?? new Map(),
    oldText ?? new Map(),
  ]);
  const rows: Rows = { newJson, oldJson, oversized: textBytes(newText) + textBytes(oldText) > maxRecordBytes };
  const base = { schema, table: tableName, commit_timestamp: change.commitTime.toISOString(), type: change.action };
  const keys = table.columns.filter(({ isPrimaryKey }) => isPrimaryKey).map(({ name }) => name);
  const readableByRole = new Map<string, Set<string>>();

  for (const { subscriber, bindings } of wanted) {
    try {
      const { role } = subscriber.claims;
      const readable = readableByRole.get(role) ?? (await readableColumns(db, oid, role));
      readableByRole.set(role, readable);
      const ids = await idsPassing(db, table, change, bindings, [newText, oldText]);
      if (ids.length === 0) continue;
      if (change.action !== 'DELETE' && keys.length === 0) {
        subscriber.deliver(ids, { ...base, errors: ['Error 400: Bad Request, no primary key'] });
        continue;
      }
      if (change.action !== 'DELETE' && !keys.every((key) => readable.has(key))) {
        subscriber.deliver(ids, { ...base, errors: ['Error 401: Unauthorized'] });
        continue;
      }
      if (table.rowSecurity && change.action !== 'DELETE' && newText) {
        const visible = await canSeeRow(db, table, subscriber.claims, newText).catch((error: Error) => {
          onError(error);
          subscriber.deliver(ids, {
            ...base,
            errors: ['Error 500: Internal Server Error, RLS policy evaluation failed'],
          });
          return false;
        });
        if (!visible) continue;
      }
      subscriber.deliver(ids, eventData(base, table, readable, rows));
    } catch (error) {
      onError(error as Error);
    }
  }
}
