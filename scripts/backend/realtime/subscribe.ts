import type pg from 'pg';
import type { Binding } from './bindings.ts';
import { filterCondition } from './filters.ts';
import { publishedTables, tableInfo } from './tables.ts';

/*
 * Before a channel's bindings take effect, each is checked against the database as Supabase
 * Realtime checks it when it inserts the subscription (`subscriptions.ex` `create`, and the
 * `subscription_check_filters` trigger of its `realtime.subscription` table): the table must be in
 * the publication, the role must exist, and each filter must name a column of the table with a
 * value of the column's type. One failure fails them all, as the insert is one transaction; the
 * message is what the channel's `system` error says.
 */

const describe = (binding: Binding) =>
  `[event: ${binding.action}, schema: ${binding.schema}, table: ${binding.table}, filters: ${JSON.stringify(
    binding.filters.map(({ column, operator, value }) => [column, operator, value]),
  )}]`;

/** Why the binding cannot be subscribed: its table is not published, or the reason; null if it can. */
async function problemWith(
  db: pg.Pool,
  publication: string,
  binding: Binding,
): Promise<{ unpublished: true } | string | null> {
  const tables = (await publishedTables(db, publication)).filter(
    ({ schema, table }) =>
      (binding.schema === '*' || binding.schema === schema) && (binding.table === '*' || binding.table === table),
  );
  if (tables.length === 0) return { unpublished: true };
  for (const { oid } of tables) {
    const columns = (await tableInfo(db, oid))?.columns ?? [];
    for (const filter of binding.filters) {
      const column = columns.find(({ name }) => name === filter.column);
      if (!column) return `invalid column for filter ${filter.column}`;
      // The filter's value must read as the column's type: try it on a null row value.
      const params: unknown[] = [null];
      const bind = (value: string) => `$${params.push(value)}`;
      await db.query(`select ${filterCondition(filter, column.sqlType, '$1', bind)}`, params);
    }
  }
  return null;
}

/** Null when every binding can be subscribed for `role`; else the reason. */
export async function checkBindings(
  db: pg.Pool,
  publication: string,
  bindings: Binding[],
  role: string,
): Promise<string | null> {
  for (const binding of bindings) {
    const failed = (reason: string) =>
      `Unable to subscribe to changes with given parameters. An exception happened so please check your connect parameters: ${describe(binding)}. Exception: ${reason}`;
    try {
      const { rows } = await db.query<{ exists: boolean }>('select to_regrole($1) is not null as exists', [role]);
      if (!rows[0]?.exists) return failed(`role "${role}" does not exist`);
      const problem = await problemWith(db, publication, binding);
      if (typeof problem === 'string') return failed(problem);
      if (problem) {
        return `Unable to subscribe to changes with given parameters. Please check Realtime is enabled for the given connect parameters: ${describe(binding)}`;
      }
    } catch (error) {
      return failed((error as Error).message);
    }
  }
  return null;
}
