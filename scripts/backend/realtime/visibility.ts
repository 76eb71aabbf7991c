import type pg from 'pg';
import type { Filter } from './filters.ts';
import { filterCondition } from './filters.ts';
import type { RowText } from './rowValues.ts';
import { quotedName, quoteIdentifier, type TableInfo } from './tables.ts';
import type { Claims } from './tokens.ts';

/*
 * Who may see a change, decided as Supabase Realtime's `apply_rls.sql` decides: a binding's
 * filters first, compared by PostgreSQL in the columns' types (`is_visible_through_filters`);
 * then, for tables with row-level security, the changed row is selected by its primary key as the
 * subscriber's role with `request.jwt.claims` set to its claims (`walrus_rls_stmt`), in a
 * transaction that is rolled back, so the policies decide exactly as they do for PostgREST.
 */

/** Whether `row` passes every filter; a filter on a column the row lacks fails. */
export async function passesFilters(db: pg.Pool, table: TableInfo, filters: Filter[], row: RowText | null) {
  if (filters.length === 0) return true;
  if (!row) return false;
  const params: unknown[] = [];
  const bind = (value: string | null) => `$${params.push(value)}`;
  const conditions: string[] = [];
  for (const filter of filters) {
    const column = table.columns.find(({ name }) => name === filter.column);
    if (!column || !row.has(filter.column)) return false;
    conditions.push(filterCondition(filter, column.sqlType, bind(row.get(filter.column) ?? null), bind));
  }
  const { rows } = await db.query<{ passes: boolean }>(`select ${conditions.join(' and ')} as passes`, params);
  return rows[0]?.passes === true;
}

/** Whether the subscriber's role and claims may select the row with `row`'s primary key. */
export async function canSeeRow(db: pg.Pool, table: TableInfo, claims: Claims, row: RowText): Promise<boolean> {
  const params: unknown[] = [];
  const where = table.columns
    .filter(({ isPrimaryKey }) => isPrimaryKey)
    .map(({ name, sqlType }) => `${quoteIdentifier(name)} = $${params.push(row.get(name) ?? null)}::text::${sqlType}`);
  const client = await db.connect();
  let broken = false;
  try {
    await client.query('begin');
    await client.query(`select set_config('role', $1, true), set_config('request.jwt.claims', $2, true)`, [
      claims.role,
      JSON.stringify(claims),
    ]);
    const { rows } = await client.query<{ visible: boolean }>(
      `select exists (select 1 from ${quotedName(table)} where ${where.join(' and ')}) as visible`,
      params,
    );
    return rows[0]?.visible === true;
  } finally {
    await client.query('rollback').catch(() => {
      broken = true;
    });
    client.release(broken);
  }
}
