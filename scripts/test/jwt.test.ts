import { describe, expect, it } from 'vitest';
import { newJwtSecret, signJwt, verifyJwt } from '../backend/jwt.ts';

describe('JWTs of the local backend', () => {
  const secret = newJwtSecret();

  it('verifies its own tokens and returns their claims', () => {
    const token = signJwt({ role: 'authenticated', sub: 'a', exp: 2_000 }, secret);
    expect(verifyJwt(token, secret, 1_000)).toEqual({
      ok: true,
      claims: { role: 'authenticated', sub: 'a', exp: 2_000 },
    });
  });

  it('refuses another secret, a changed payload, an expired token and garbage', () => {
    const token = signJwt({ role: 'anon', exp: 2_000 }, secret);
    expect(verifyJwt(token, newJwtSecret(), 1_000)).toMatchObject({ ok: false, reason: 'signature' });
    const [header, , signed] = token.split('.');
    const forged = `${header}.${Buffer.from(JSON.stringify({ role: 'service_role', exp: 2_000 })).toString('base64url')}.${signed}`;
    expect(verifyJwt(forged, secret, 1_000)).toMatchObject({ ok: false, reason: 'signature' });
    expect(verifyJwt(token, secret, 2_012)).toEqual({ ok: false, reason: 'expired', expiredSeconds: 12 });
    expect(verifyJwt('not-a-token', secret)).toMatchObject({ ok: false, reason: 'malformed' });
    expect(verifyJwt('a.b.c', secret)).toMatchObject({ ok: false, reason: 'malformed' });
  });
});
