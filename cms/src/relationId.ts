/** A relation's id as a string, whether Payload hands it over as an id or as the populated document. */
export function relationId(value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id);
  return String(value);
}

/** The same as a lookup key: '' for no relation, so comparisons and Map lookups need no guard. */
export const relationKey = (value: unknown): string => relationId(value) ?? '';
