import type { IncomingMessage } from 'node:http';
import type pg from 'pg';
import { verifyJwt } from '../jwt.ts';
import { AuthError } from './authErrors.ts';
import { sessionExists } from './sessions.ts';
import { type UserRow, userById } from './users.ts';

/*
 * Who is calling `/user` or `/logout`: the access token in `Authorization: Bearer`, checked as
 * Supabase Auth checks it, with its status codes and error codes (auth-js signs a reader out
 * locally on `session_not_found`).
 */

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function bearerUser(
  request: IncomingMessage,
  db: pg.Pool,
  jwtSecret: string,
): Promise<{ user: UserRow; sessionId: string }> {
  const token = /^Bearer (\S+)$/i.exec(String(request.headers.authorization ?? ''))?.[1];
  if (!token) throw new AuthError(401, 'no_authorization', 'This endpoint requires a valid Bearer token');
  const check = verifyJwt(token, jwtSecret);
  if (!check.ok) {
    const reason = check.reason === 'expired' ? 'token has invalid claims: token is expired' : `${check.reason}`;
    throw new AuthError(403, 'bad_jwt', `invalid JWT: unable to parse or verify signature, ${reason}`);
  }
  const { sub, aud, session_id: sessionId } = check.claims;
  if (typeof sub !== 'string' || !sub) throw new AuthError(403, 'bad_jwt', 'invalid claim: missing sub claim');
  if (!uuid.test(sub)) throw new AuthError(400, 'bad_jwt', 'invalid claim: sub claim must be a UUID');
  if (aud !== 'authenticated') {
    throw new AuthError(400, 'validation_failed', "Token audience doesn't match request audience");
  }
  const user = await userById(db, sub);
  if (!user) throw new AuthError(403, 'user_not_found', 'User from sub claim in JWT does not exist');
  if (typeof sessionId !== 'string' || !uuid.test(sessionId) || !(await sessionExists(db, sessionId))) {
    throw new AuthError(403, 'session_not_found', 'Session from session_id claim in JWT does not exist');
  }
  return { user, sessionId };
}
