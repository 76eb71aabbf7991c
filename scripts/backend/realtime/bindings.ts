import { createHash } from 'node:crypto';
import { type Filter, parseFilters } from './filters.ts';

/*
 * One entry of a join's `config.postgres_changes`, e.g. `{event:'INSERT', schema:'public',
 * table:'messages', filter:'thread_id=eq.…'}`, read as Supabase Realtime reads it
 * (`subscriptions.ex` `parse_subscription_params`, `action_filter`): schema and table (`*` for
 * any), the action (`*` unless INSERT/UPDATE/DELETE, in any case) and the filters. Its `id` is
 * a number derived from the entry exactly as sent (Realtime uses `:erlang.phash2(params)`), so the
 * join reply and every event carry the same number the client matches on.
 */

export type Action = 'INSERT' | 'UPDATE' | 'DELETE';
export type Binding = {
  id: number;
  /** The client's entry, echoed unchanged (plus `id`) in the join reply. */
  params: Record<string, unknown>;
  action: Action | '*';
  schema: string;
  table: string;
  filters: Filter[];
};
export type BindingParse = { id: number } & ({ ok: true; binding: Binding } | { ok: false; message: string });

/** JSON with the keys of every object sorted, so the same entry always hashes alike. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A stable positive integer below 2^27, like phash2's range; never 0. */
export function bindingId(params: Record<string, unknown>): number {
  const hash = createHash('sha256').update(canonical(params)).digest().readUInt32BE(0) & 0x7ffffff;
  return hash || 1;
}

function actionOf(event: unknown): Action | '*' {
  const upper = typeof event === 'string' ? event.toUpperCase() : '';
  return upper === 'INSERT' || upper === 'UPDATE' || upper === 'DELETE' ? upper : '*';
}

export function parseBinding(params: Record<string, unknown>): BindingParse {
  const id = bindingId(params);
  const { schema, table, filter } = params;
  const has = (key: string) => Object.hasOwn(params, key);
  const fail = (message: string): BindingParse => ({ ok: false, id, message });
  let where: { schema: string; table: string; filter: string };
  if (typeof schema === 'string' && typeof table === 'string' && (!has('filter') || typeof filter === 'string')) {
    where = { schema, table, filter: typeof filter === 'string' ? filter : '' };
  } else if (typeof schema === 'string' && !has('table') && !has('filter')) {
    where = { schema, table: '*', filter: '' };
  } else if (typeof table === 'string' && !has('schema') && !has('filter')) {
    where = { schema: 'public', table, filter: '' };
  } else {
    return fail(
      `No subscription params provided. Please provide at least a \`schema\` or \`table\` to subscribe to: ${JSON.stringify(params)}`,
    );
  }
  const parsed = parseFilters(where.filter);
  if (!parsed.ok) return fail(parsed.message);
  const action = actionOf(params.event);
  const binding = { id, params, action, schema: where.schema, table: where.table, filters: parsed.filters };
  return { ok: true, id, binding };
}

/** Whether a change to `schema.table` by `action` is one the binding asks for (filters aside). */
export const bindingWants = (binding: Binding, schema: string, table: string, action: Action) =>
  (binding.action === '*' || binding.action === action) &&
  (binding.schema === '*' || binding.schema === schema) &&
  (binding.table === '*' || binding.table === table);
