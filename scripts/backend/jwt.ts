import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/*
 * HS256 JSON Web Tokens as Supabase issues them for a project with a shared JWT secret: what
 * PostgREST verifies (`role` picks the database role, `sub` is auth.uid()). The local backend signs
 * its anon and service keys and its sign-ins with it, and the stand-ins verify what they are given.
 */

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');
const signature = (unsigned: string, secret: string) => createHmac('sha256', secret).update(unsigned).digest();

export function signJwt(claims: Record<string, unknown>, secret: string): string {
  if (secret.length < 32) throw new Error('The JWT secret must have at least 32 characters.');
  const unsigned = `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}`;
  return `${unsigned}.${base64url(signature(unsigned, secret))}`;
}

export type JwtCheck =
  | { ok: true; claims: Record<string, unknown> }
  | { ok: false; reason: 'malformed' | 'signature' | 'expired'; expiredSeconds?: number };

/** Checks an HS256 token's signature and `exp` (if present) at `now` (seconds). */
export function verifyJwt(token: string, secret: string, now = Math.floor(Date.now() / 1000)): JwtCheck {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'malformed' };
  const [header, payload, signed] = parts as [string, string, string];
  let claims: Record<string, unknown>;
  try {
    if (JSON.parse(Buffer.from(header, 'base64url').toString('utf8')).alg !== 'HS256')
      return { ok: false, reason: 'signature' };
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) return { ok: false, reason: 'malformed' };
  const expected = signature(`${header}.${payload}`, secret);
  const given = Buffer.from(signed, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'signature' };
  if (typeof claims.exp === 'number' && claims.exp <= now) {
    return { ok: false, reason: 'expired', expiredSeconds: now - claims.exp };
  }
  return { ok: true, claims };
}

/** A new secret: 48 random bytes, base64url (64 characters). */
export const newJwtSecret = () => randomBytes(48).toString('base64url');
