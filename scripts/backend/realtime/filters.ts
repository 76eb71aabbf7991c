/*
 * The `filter` of a postgres_changes binding, e.g. `thread_id=eq.<uuid>`, parsed as Supabase
 * Realtime parses it (`postgres_cdc_rls/subscriptions.ex` `parse_subscription_params`): one or
 * more `column=[not.]operator.value` joined by commas (all must hold), `in.(a,b)` for a list.
 * A change passes when each filter holds for the row's value compared *in the column's type*,
 * as `realtime.check_equality_op` compares; so the comparison is made by PostgreSQL (see
 * filterCondition), not here.
 */

export type FilterOperator = keyof typeof sqlOperators;
export type Filter = { column: string; operator: FilterOperator; value: string; negate: boolean };

const sqlOperators = {
  eq: '=',
  neq: '<>',
  lt: '<',
  lte: '<=',
  gt: '>',
  gte: '>=',
  in: '= any',
  like: '~~',
  ilike: '~~*',
  match: '~',
  imatch: '~*',
  is: 'is',
  isdistinct: 'is distinct from',
} as const;
const isOperator = (name: string): name is FilterOperator => Object.hasOwn(sqlOperators, name);
const isKeywords = new Set(['null', 'true', 'false', 'unknown']);
const maxFilters = 16;
// Patterns compare text, whatever the column's type.
const patternOperators = new Set<FilterOperator>(['like', 'ilike', 'match', 'imatch']);

/** Splits at commas outside parentheses, so `id=in.(1,2),kind=eq.a` is two filters. */
function splitTopLevel(filter: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of filter) {
    if (char === '(') depth++;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

function parseOne(segment: string): Filter | string {
  const equals = segment.indexOf('=');
  const column = segment.slice(0, equals).trim();
  let rest = segment.slice(equals + 1);
  if (equals <= 0 || column === '') return `missing column in ${JSON.stringify(segment)}`;
  const negate = rest.startsWith('not.');
  if (negate) rest = rest.slice(4);
  const dot = rest.indexOf('.');
  const operator = dot < 0 ? rest : rest.slice(0, dot);
  if (dot < 0 || !isOperator(operator)) return JSON.stringify(rest.split('.'));
  let value = rest.slice(dot + 1);
  if (operator === 'in') {
    if (!/^\(.*\)$/s.test(value)) return `\`in\` needs a list in parentheses: ${JSON.stringify(value)}`;
    value = `{${value.slice(1, -1)}}`;
  }
  if (operator === 'is' && !isKeywords.has(value.toLowerCase())) {
    return `\`is\` takes null, true, false or unknown: ${JSON.stringify(value)}`;
  }
  return { column, operator, value, negate };
}

export function parseFilters(filter: string): { ok: true; filters: Filter[] } | { ok: false; message: string } {
  const trimmed = filter.trim();
  if (trimmed === '') return { ok: true, filters: [] };
  const segments = splitTopLevel(trimmed);
  if (segments.length > maxFilters)
    return { ok: false, message: `Error parsing \`filter\` params: at most ${maxFilters}` };
  const filters: Filter[] = [];
  for (const segment of segments) {
    const parsed = parseOne(segment);
    if (typeof parsed === 'string') return { ok: false, message: `Error parsing \`filter\` params: ${parsed}` };
    filters.push(parsed);
  }
  return { ok: true, filters };
}

/**
 * A SQL condition that holds when `rowValue` (a placeholder holding the changed row's value as
 * text) passes `filter`. `sqlType` comes from the catalog (`format_type`), never from the client;
 * the filter's value goes in as a parameter through `bind`, which returns its placeholder.
 */
export function filterCondition(
  filter: Filter,
  sqlType: string,
  rowValue: string,
  bind: (value: string) => string,
): string {
  const typed = `${rowValue}::text::${sqlType}`;
  let condition: string;
  if (filter.operator === 'is') condition = `${typed} is ${filter.value.toLowerCase()}`;
  else if (filter.operator === 'in') condition = `${typed} = any(${bind(filter.value)}::text::${sqlType}[])`;
  else if (patternOperators.has(filter.operator)) {
    condition = `${typed}::text ${sqlOperators[filter.operator]} ${bind(filter.value)}::text`;
  } else condition = `${typed} ${sqlOperators[filter.operator]} ${bind(filter.value)}::text::${sqlType}`;
  return filter.negate ? `not coalesce(${condition}, false)` : `coalesce(${condition}, false)`;
}
