import { randomBytes, randomUUID } from 'node:crypto';
import type pg from 'pg';
import { signJwt } from '../jwt.ts';
import { type UserRow, userJson } from './users.ts';

/*
 * Sessions as Supabase Auth issues them: an access token (HS256 JWT with Supabase's claims, which
 * PostgREST and Realtime verify) and an opaque refresh token that rotates on every use. The
 * rotation and reuse rules are Supabase's: presenting the parent of the active token returns the
 * active one; another revoked token still works within the reuse interval; after that, reuse means
 * theft, and the whole session ends.
 */

export type TokenSettings = { jwtSecret: string; jwtExpiry: number; issuer: string; reuseInterval: number };

// 12 characters of lower-case base32, like Supabase's legacy refresh tokens.
const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
const newRefreshToken = () => Array.from(randomBytes(12), (byte) => alphabet[byte % 32]).join('');

async function addRefreshToken(db: pg.PoolClient, sessionId: string, parent: string | null): Promise<string> {
  const token = newRefreshToken();
  await db.query('insert into auth.refresh_tokens (token, session_id, parent) values ($1, $2, $3)', [
    token,
    sessionId,
    parent,
  ]);
  return token;
}

export function sessionJson(
  user: UserRow,
  sessionId: string,
  refreshToken: string,
  signedInAt: number,
  settings: TokenSettings,
): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  const exp = now + settings.jwtExpiry;
  const claims = {
    aud: 'authenticated',
    exp,
    iat: now,
    iss: settings.issuer,
    sub: user.id,
    email: user.email,
    phone: '',
    app_metadata: user.raw_app_meta_data,
    user_metadata: user.raw_user_meta_data,
    role: 'authenticated',
    aal: 'aal1',
    amr: [{ method: 'otp', timestamp: signedInAt }],
    session_id: sessionId,
    is_anonymous: false,
  };
  return {
    access_token: signJwt(claims, settings.jwtSecret),
    token_type: 'bearer',
    expires_in: settings.jwtExpiry,
    expires_at: exp,
    refresh_token: refreshToken,
    user: userJson(user),
  };
}

export async function startSession(db: pg.PoolClient, user: UserRow, settings: TokenSettings) {
  const sessionId = randomUUID();
  await db.query('insert into auth.sessions (id, user_id) values ($1, $2)', [sessionId, user.id]);
  const refreshToken = await addRefreshToken(db, sessionId, null);
  return sessionJson(user, sessionId, refreshToken, Math.floor(Date.now() / 1000), settings);
}

type StoredToken = {
  session_id: string;
  user_id: string;
  revoked_within_reuse: boolean | null;
  revoked_at: Date | null;
  signed_in_at: Date;
};

export type Refresh =
  | { ok: true; userId: string; sessionId: string; refreshToken: string; signedInAt: number }
  | { ok: false; code: 'refresh_token_not_found' | 'refresh_token_already_used' };

/** Rotates a refresh token. Runs inside the caller's transaction. */
export async function rotateRefreshToken(db: pg.PoolClient, token: string, reuseInterval: number): Promise<Refresh> {
  const { rows } = await db.query<StoredToken>(
    `select t.session_id, s.user_id, t.revoked_at, s.created_at as signed_in_at,
       t.revoked_at > now() - make_interval(secs => $2) as revoked_within_reuse
     from auth.refresh_tokens t join auth.sessions s on s.id = t.session_id
     where t.token = $1 for update of t, s`,
    [token, reuseInterval],
  );
  const stored = rows[0];
  if (!stored) return { ok: false, code: 'refresh_token_not_found' };
  const signedInAt = Math.floor(stored.signed_in_at.getTime() / 1000);
  const base = { ok: true as const, userId: stored.user_id, sessionId: stored.session_id, signedInAt };
  await db.query('update auth.sessions set refreshed_at = now() where id = $1', [stored.session_id]);
  if (stored.revoked_at === null) {
    await db.query('update auth.refresh_tokens set revoked_at = now() where token = $1', [token]);
    return { ...base, refreshToken: await addRefreshToken(db, stored.session_id, token) };
  }
  const { rows: active } = await db.query<{ token: string; parent: string | null }>(
    'select token, parent from auth.refresh_tokens where session_id = $1 and revoked_at is null',
    [stored.session_id],
  );
  const current = active[0];
  if (current && (current.parent === token || stored.revoked_within_reuse)) {
    return { ...base, refreshToken: current.token };
  }
  // An old token presented again, late: someone else may hold it. End the whole session.
  await db.query('delete from auth.sessions where id = $1', [stored.session_id]);
  return { ok: false, code: 'refresh_token_already_used' };
}

export async function sessionExists(db: pg.Pool, sessionId: string): Promise<boolean> {
  const { rowCount } = await db.query('select 1 from auth.sessions where id = $1', [sessionId]);
  return rowCount === 1;
}

export async function endSessions(
  db: pg.Pool,
  userId: string,
  sessionId: string,
  scope: 'global' | 'local' | 'others',
): Promise<void> {
  const where = { global: 'user_id = $1', local: 'user_id = $1 and id = $2', others: 'user_id = $1 and id <> $2' }[
    scope
  ];
  await db.query(`delete from auth.sessions where ${where}`, scope === 'global' ? [userId] : [userId, sessionId]);
}
