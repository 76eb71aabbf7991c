import { verifyJwt } from '../jwt.ts';

/*
 * Whose changes a channel may see: the claims of the join's `access_token` (or of the URL's
 * apikey), checked as Supabase Realtime checks them (`realtime_channel.ex` `confirm_token`,
 * `channels_authorization.ex`): an HS256 signature with the project's secret, and a `role` and an
 * integer `exp` still in the future. `code` prefixes a join error's reason ("InvalidJWTToken: …");
 * a channel already joined is sent `message` alone when a new token fails.
 */

export type Claims = Record<string, unknown> & { role: string; exp: number };
export type TokenCheck = { ok: true; claims: Claims } | { ok: false; code: string; message: string };

export function checkToken(token: string, jwtSecret: string, now = Math.floor(Date.now() / 1000)): TokenCheck {
  const result = verifyJwt(token, jwtSecret, now);
  if (!result.ok) {
    if (result.reason === 'expired') {
      return { ok: false, code: 'InvalidJWTToken', message: `Token has expired ${result.expiredSeconds} seconds ago` };
    }
    if (result.reason === 'signature') {
      return { ok: false, code: 'JwtSignatureError', message: 'Failed to validate JWT signature' };
    }
    return { ok: false, code: 'MalformedJWT', message: 'The token provided is not a valid JWT' };
  }
  const { role, exp } = result.claims;
  if (typeof role !== 'string' || role === '' || !Number.isInteger(exp)) {
    return { ok: false, code: 'InvalidJWTToken', message: 'Fields `role` and `exp` are required in JWT' };
  }
  return { ok: true, claims: result.claims as Claims };
}
