/*
 * The database's refusals as kinds the interface can word in the reader's language. The SQL
 * functions raise these SQLSTATE codes (see the migrations' headers); anything else is "unexpected".
 */

export type BackendErrorKind =
  | 'not-allowed'
  | 'not-found'
  | 'invalid'
  | 'too-long'
  | 'taken'
  | 'busy'
  | 'too-many'
  | 'unexpected';

const kinds: Record<string, BackendErrorKind> = {
  '42501': 'not-allowed',
  P0002: 'not-found',
  '22023': 'invalid',
  '22P02': 'invalid',
  '22001': 'too-long',
  '23505': 'taken',
  '23P01': 'busy',
  // Per-person limits (supabase/migrations/*_limits.sql); PostgREST answers HTTP 429.
  PT429: 'too-many',
};

export class BackendError extends Error {
  readonly kind: BackendErrorKind;
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'BackendError';
    this.kind = (code && kinds[code]) || 'unexpected';
  }
}

type Answer<T> = { data: T | null; error: { message: string; code?: string } | null };

/** The data of a supabase-js answer, or its error as a BackendError. */
export function unwrap<T>({ data, error }: Answer<T>): T {
  if (error) throw new BackendError(error.message, error.code);
  return data as T;
}
