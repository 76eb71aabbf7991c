/*
 * Whether the server refused a progress record for good (sending it again can never succeed) or
 * failed for now (offline, server down, sign-in lapsed). The site does not know which backend it
 * talks to, so it reads the sender's error by its shape: an explicit `permanent: true`, or a `kind`
 * among those that belong to the record itself. `not-allowed` is not among them: the backend says
 * that when the reader is not signed in, which is true of every record and passes after signing in.
 */

const refusedForGoodKinds: ReadonlySet<string> = new Set(['invalid', 'not-found', 'too-long']);

export type Refusal = { reason: string; kind?: string };

const fieldOf = (error: unknown, field: string): unknown =>
  typeof error === 'object' && error !== null ? (error as Record<string, unknown>)[field] : undefined;

/** The refusal, when the error says the record can never be accepted; undefined for a passing failure. */
export function refusedForGood(error: unknown): Refusal | undefined {
  const kind = fieldOf(error, 'kind');
  const permanent = fieldOf(error, 'permanent') === true;
  if (!permanent && !(typeof kind === 'string' && refusedForGoodKinds.has(kind))) return undefined;
  const message = fieldOf(error, 'message');
  const reason = typeof message === 'string' && message !== '' ? message : 'refused';
  return typeof kind === 'string' ? { reason, kind } : { reason };
}
