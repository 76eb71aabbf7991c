import type pg from 'pg';
import type { Change } from './changeFeed.ts';
import type { TableInfo } from './tables.ts';

/*
 * A changed row's values as the event's `record`/`old_record` carry them. pgoutput sends each
 * value as its type's text output; Supabase Realtime turns each into JSON with
 * `to_jsonb(value::type)` (`realtime.cast`, used by `apply_rls.sql`; bytea stays text), so
 * numbers and booleans become JSON scalars, json becomes JSON, timestamps ISO strings. The
 * conversion is left to PostgreSQL, in one query for the row's new and old values.
 */

/** Column name → text value (null for SQL null). Unchanged TOASTed values are left out. */
export type RowText = Map<string, string | null>;
export type RowJson = Map<string, unknown>;

export function rowText(change: Change, which: 'new' | 'old'): RowText | null {
  const values = which === 'new' ? change.values : change.old;
  if (!values) return null;
  const keyOnly = which === 'old' && change.oldIsKeyOnly;
  const row: RowText = new Map();
  change.relation.columns.forEach((column, index) => {
    const value = values[index];
    if (value === undefined || (keyOnly && !column.isKey) || (value !== null && typeof value === 'object')) return;
    row.set(column.name, value);
  });
  return row;
}

/** Each row's values as JSON, typed by the table's current columns (others are left out). */
export async function rowJson(db: pg.Pool, table: TableInfo, rows: RowText[]): Promise<RowJson[]> {
  const selects: string[] = [];
  const params: unknown[] = [];
  const columnsOf = rows.map((row) => table.columns.filter(({ name }) => row.has(name)));
  columnsOf.forEach((columns, index) => {
    for (const { name, typname, sqlType } of columns) {
      const text = `$${params.push(rows[index]?.get(name))}::text`;
      selects.push(`to_jsonb(${typname === 'bytea' ? text : `${text}::${sqlType}`}) as v${selects.length}`);
    }
  });
  if (selects.length === 0) return rows.map(() => new Map());
  const { rows: result } = await db.query<Record<string, unknown>>(`select ${selects.join(', ')}`, params);
  const values = result[0] ?? {};
  let next = 0;
  return columnsOf.map((columns) => new Map(columns.map(({ name }) => [name, values[`v${next++}`]])));
}
