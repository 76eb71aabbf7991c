import type { IncomingMessage, ServerResponse } from 'node:http';
import type pg from 'pg';
import { AuthError } from './authErrors.ts';

/* Small HTTP and database helpers the sign-in endpoints share. */

const maxBodyBytes = 64 * 1024;

/** The JSON object a request carries; a clear 400 for anything else. */
export async function readJsonBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of request) {
    text += chunk;
    if (text.length > maxBodyBytes) throw new AuthError(413, 'request_too_large', 'Request body too large');
  }
  if (!text.trim()) return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new AuthError(400, 'bad_json', `Could not parse request body as JSON: ${(error as Error).message}`);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new AuthError(400, 'bad_json', 'Could not parse request body as JSON: expected an object');
  }
  return body as Record<string, unknown>;
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}

/**
 * Runs `work` in one transaction and commits whatever it returns: a wrong code, returned as an
 * AuthError, must still count against its address. Anything thrown (a refusal that should leave no
 * trace, or a failure) rolls back.
 */
export async function inTransaction<T>(db: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await db.connect();
  try {
    await client.query('begin');
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** The caller's address, for the per-IP limits. The gateway runs in the same process, so the socket is theirs. */
export const clientAddress = (request: IncomingMessage) => request.socket.remoteAddress ?? 'unknown';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** A trimmed, lower-cased address, or undefined when it is not one. */
export function normalEmail(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const email = value.trim().toLowerCase();
  return email.length <= 255 && emailPattern.test(email) ? email : undefined;
}
