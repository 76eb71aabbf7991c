import { createHmac, randomBytes } from 'node:crypto';

/*
 * HS256 JSON Web Tokens as Supabase issues them for a project with a shared JWT secret: what
 * PostgREST verifies (`role` picks the database role, `sub` is auth.uid()). The local backend signs
 * its anon and service keys and, later, its sign-ins with it.
 */

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

export function signJwt(claims: Record<string, unknown>, secret: string): string {
  if (secret.length < 32) throw new Error('The JWT secret must have at least 32 characters.');
  const unsigned = `${base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

/** A new secret: 48 random bytes, base64url (64 characters). */
export const newJwtSecret = () => randomBytes(48).toString('base64url');
