import { isAuthApiError } from '@supabase/supabase-js';
import { describe, expect, it } from 'vitest';
import { signJwt } from '../../../scripts/backend/jwt.ts';
import { mailsTo } from '../../../scripts/backend/mailInbox.ts';
import { authStandIn } from './authHarness.ts';

/*
 * Conformance of the sign-in stand-in (scripts/backend/auth/) with Supabase Auth as supabase-js
 * 2.119 uses it. Each test names the behaviour of supabase/local/stand-ins.md §5 it pins and the
 * upstream source that behaviour comes from.
 */

const stack = authStandIn();
const otpBody = (email: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    email,
    data: {},
    create_user: true,
    gotrue_meta_security: {},
    code_challenge: null,
    code_challenge_method: null,
    ...extra,
  });

/** Signs `email` in through supabase-js (at `url`, the default gateway unless given) and returns the client and its session. */
async function signIn(email: string, count = 1, url?: string) {
  const client = stack.client(url);
  expect((await client.auth.signInWithOtp({ email })).error).toBeNull();
  const { data, error } = await client.auth.verifyOtp({ email, token: await stack.code(email, count), type: 'email' });
  expect(error).toBeNull();
  if (!data.session) throw new Error('no session');
  return { client, session: data.session };
}

const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));

describe('sign-in stand-in: requesting a code (auth otp.go, magic_link.go, mail.go)', () => {
  it('1. POST /otp with the exact supabase-js body answers 200 {} and mails one 6-digit code', async () => {
    const email = stack.freshEmail();
    const response = await stack.raw('/otp', { method: 'POST', body: otpBody(email) });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({});
    const code = await stack.code(email);
    expect(code).toMatch(/^\d{6}$/);
    const mails = await mailsTo(stack.context.inbox.url, email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('Din kode til Sundhedscenter / Your code');
    expect(mails[0]?.html).toContain(code);
  });

  it('2. emailRedirectTo travels as the query redirect_to, not in the body (auth-js fetch.js _request)', async () => {
    const sent: { url: string; body: string }[] = [];
    const client = stack.client(undefined, (input, init) => {
      sent.push({ url: String(input), body: String(init?.body ?? '') });
      return fetch(input, init);
    });
    const email = stack.freshEmail();
    const { error } = await client.auth.signInWithOtp({
      email,
      options: { emailRedirectTo: 'http://localhost:4321/log-ind' },
    });
    expect(error).toBeNull();
    expect(new URL(sent[0]?.url ?? '').searchParams.get('redirect_to')).toBe('http://localhost:4321/log-ind');
    expect(sent[0]?.body).not.toContain('redirect');
  });

  it('3. create_user:false for an unknown address: 422 otp_disabled, an AuthApiError with that code (otp.go)', async () => {
    const { error } = await stack.client().auth.signInWithOtp({
      email: stack.freshEmail(),
      options: { shouldCreateUser: false },
    });
    expect(isAuthApiError(error)).toBe(true);
    expect(error).toMatchObject({ status: 422, code: 'otp_disabled', message: 'Signups not allowed for otp' });
  });

  it('4. with sign-ups off, an unknown address gets 422 signup_disabled (signup.go)', async () => {
    const closed = await stack.gateway({ enableSignup: false });
    const { error } = await stack.client(closed).auth.signInWithOtp({ email: stack.freshEmail() });
    expect(error).toMatchObject({ status: 422, code: 'signup_disabled' });
  });

  it('5. a second code for one address inside max_frequency: 429 over_email_send_rate_limit, saying how long (mail.go)', async () => {
    const waiting = await stack.gateway({ maxFrequency: 60 });
    const client = stack.client(waiting);
    const email = stack.freshEmail();
    expect((await client.auth.signInWithOtp({ email })).error).toBeNull();
    const { error } = await client.auth.signInWithOtp({ email });
    expect(error).toMatchObject({ status: 429, code: 'over_email_send_rate_limit' });
    expect(error?.message).toMatch(/^For security purposes, you can only request this after (59|60) seconds\.$/);
    expect(await mailsTo(stack.context.inbox.url, email)).toHaveLength(1);
  });

  it('6. an empty or malformed address: 400 validation_failed, with the API-version header and {code, message} (errors.go)', async () => {
    const empty = await stack.raw('/otp', { method: 'POST', body: otpBody('') });
    expect(empty.status).toBe(400);
    expect(empty.headers.get('x-supabase-api-version')).toBe('2024-01-01');
    expect(await empty.json()).toEqual({ code: 'validation_failed', message: 'One of email or phone must be set' });
    const { error } = await stack.client().auth.signInWithOtp({ email: 'ikke en adresse' });
    expect(error).toMatchObject({ status: 400, code: 'validation_failed' });
    const notJson = await stack.raw('/otp', { method: 'POST', body: '{"email":' });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ code: 'bad_json' });
  });

  it('16. a failure on the server (the mail cannot go) is a 5xx, which supabase-js reports as retryable; nothing is recorded', async () => {
    const broken = await stack.gateway({ maxFrequency: 60 }, { send: () => Promise.reject(new Error('SMTP nede')) });
    const email = stack.freshEmail();
    const { error } = await stack.client(broken).auth.signInWithOtp({ email });
    expect(error?.name).toBe('AuthRetryableFetchError');
    // The failed send did not start the wait: a working server sends at once.
    const working = await stack.gateway({ maxFrequency: 60 });
    expect((await stack.client(working).auth.signInWithOtp({ email })).error).toBeNull();
  });
});

describe('sign-in stand-in: checking a code (verify.go, tokens/service.go)', () => {
  it('7. the right code gives a session (bearer, expires_in/at, refresh_token, user) and SIGNED_IN fires', async () => {
    const email = stack.freshEmail();
    const client = stack.client();
    const events: string[] = [];
    client.auth.onAuthStateChange((event) => events.push(event));
    await client.auth.signInWithOtp({ email });
    const { data, error } = await client.auth.verifyOtp({ email, token: await stack.code(email), type: 'email' });
    expect(error).toBeNull();
    expect(data.session).toMatchObject({ token_type: 'bearer', expires_in: 3600, user: { email } });
    expect(data.session?.refresh_token).toMatch(/^[a-z2-7]{12}$/);
    expect(Math.abs((data.session?.expires_at ?? 0) - (Date.now() / 1000 + 3600))).toBeLessThan(60);
    expect(events).toContain('SIGNED_IN');
  });

  it('8. a wrong code, a used code, an unknown address and an expired code all get 403 otp_expired', async () => {
    const email = stack.freshEmail();
    const client = stack.client();
    await client.auth.signInWithOtp({ email });
    const code = await stack.code(email);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    const refused = { status: 403, code: 'otp_expired', message: 'Token has expired or is invalid' };
    expect((await client.auth.verifyOtp({ email, token: wrong, type: 'email' })).error).toMatchObject(refused);
    expect((await client.auth.verifyOtp({ email, token: code, type: 'email' })).error).toBeNull();
    expect((await client.auth.verifyOtp({ email, token: code, type: 'email' })).error).toMatchObject(refused);
    const stranger = stack.freshEmail('ukendt');
    expect((await client.auth.verifyOtp({ email: stranger, token: code, type: 'email' })).error).toMatchObject(refused);

    const late = stack.freshEmail();
    await client.auth.signInWithOtp({ email: late });
    const lateCode = await stack.code(late);
    await stack
      .owner()
      .query(
        `update auth.one_time_tokens set created_at = now() - interval '601 seconds' where user_id = (select id from auth.users where email = $1)`,
        [late],
      );
    expect((await client.auth.verifyOtp({ email: late, token: lateCode, type: 'email' })).error).toMatchObject(refused);
  });

  it('9. only the newest code works (mail.go): a new request voids the one before', async () => {
    const email = stack.freshEmail();
    const client = stack.client();
    await client.auth.signInWithOtp({ email });
    const first = await stack.code(email, 1);
    await client.auth.signInWithOtp({ email });
    const second = await stack.code(email, 2);
    if (first !== second) {
      expect((await client.auth.verifyOtp({ email, token: first, type: 'email' })).error?.code).toBe('otp_expired');
    }
    expect((await client.auth.verifyOtp({ email, token: second, type: 'email' })).error).toBeNull();
  });

  it('10. type "email" takes a first sign-in (confirms the address) and a returning one (verify.go, models/user.go)', async () => {
    const email = stack.freshEmail();
    const first = await signIn(email, 1);
    expect(first.session.user.email_confirmed_at).toBeTruthy();
    expect(first.session.user.user_metadata).toMatchObject({ email_verified: true });
    const again = await signIn(email, 2);
    expect(again.session.user.id).toBe(first.session.user.id);
  });

  it('11. the access token has Supabase claims; PostgREST takes it and auth.uid() is its sub (tokens/service.go)', async () => {
    const email = stack.freshEmail();
    const { client, session } = await signIn(email);
    const claims = claimsOf(session.access_token);
    expect(claims).toMatchObject({
      aud: 'authenticated',
      sub: session.user.id,
      email,
      phone: '',
      app_metadata: { provider: 'email', providers: ['email'] },
      role: 'authenticated',
      aal: 'aal1',
      amr: [{ method: 'otp' }],
      is_anonymous: false,
    });
    expect(claims.iss).toBe(`${stack.context.url}/auth/v1`);
    expect(claims.exp - claims.iat).toBe(3600);
    expect(claims.session_id).toMatch(/^[0-9a-f-]{36}$/);
    const { data } = await client.from('profiles').select('id, role');
    expect(data).toEqual([{ id: session.user.id, role: 'citizen' }]);
  });

  it('role and municipality come from profiles, never from what the client sends at sign-up', async () => {
    const email = stack.freshEmail();
    const client = stack.client();
    await client.auth.signInWithOtp({ email, options: { data: { role: 'admin', municipality: 'odense' } } });
    await client.auth.verifyOtp({ email, token: await stack.code(email), type: 'email' });
    const { data } = await client.from('profiles').select('role, municipality');
    expect(data).toEqual([{ role: 'citizen', municipality: null }]);
  });
});

describe('sign-in stand-in: limits on guessing (the per-address limit is the stand-in’s own; per-IP as apilimiter.go)', () => {
  it('five wrong codes for one address void its code; the right one then fails too, until a new one is sent', async () => {
    const email = stack.freshEmail();
    const client = stack.client();
    await client.auth.signInWithOtp({ email });
    const code = await stack.code(email);
    const wrong = String((Number(code) + 7) % 1_000_000).padStart(6, '0');
    for (let i = 0; i < 5; i += 1) await client.auth.verifyOtp({ email, token: wrong, type: 'email' });
    expect((await client.auth.verifyOtp({ email, token: code, type: 'email' })).error?.code).toBe('otp_expired');
    await client.auth.signInWithOtp({ email });
    expect((await client.auth.verifyOtp({ email, token: await stack.code(email, 2), type: 'email' })).error).toBeNull();
  });

  it('too many code checks or requests from one IP: 429 over_request_rate_limit', async () => {
    const strict = await stack.gateway({
      maxFrequency: 0,
      rateLimits: { signIns: 2, verifications: 3, refreshes: 100, mailsPerHour: 100 },
    });
    const client = stack.client(strict);
    const email = stack.freshEmail();
    for (let i = 0; i < 3; i += 1) await client.auth.verifyOtp({ email, token: '000000', type: 'email' });
    expect((await client.auth.verifyOtp({ email, token: '000000', type: 'email' })).error).toMatchObject({
      status: 429,
      code: 'over_request_rate_limit',
    });
    await client.auth.signInWithOtp({ email });
    await client.auth.signInWithOtp({ email });
    expect((await client.auth.signInWithOtp({ email })).error?.code).toBe('over_request_rate_limit');
  });

  it('mails per hour, all addresses together: 429 "email rate limit exceeded"', async () => {
    const capped = await stack.gateway({
      maxFrequency: 0,
      rateLimits: { signIns: 100, verifications: 100, refreshes: 100, mailsPerHour: 1 },
    });
    const client = stack.client(capped);
    expect((await client.auth.signInWithOtp({ email: stack.freshEmail() })).error).toBeNull();
    const { error } = await client.auth.signInWithOtp({ email: stack.freshEmail() });
    expect(error).toMatchObject({
      status: 429,
      code: 'over_email_send_rate_limit',
      message: 'email rate limit exceeded',
    });
  });
});

describe('sign-in stand-in: refresh, user and sign-out (token.go, user.go, logout.go, auth.go)', () => {
  it('12. refresh rotates the token; an old one after the reuse interval is refresh_token_already_used; an unknown one not_found', async () => {
    const strictReuse = await stack.gateway({ maxFrequency: 0, refreshTokenReuseInterval: 0 });
    const { client, session } = await signIn(stack.freshEmail(), 1, strictReuse);
    const first = session.refresh_token;
    const events: string[] = [];
    client.auth.onAuthStateChange((event) => events.push(event));
    const rotated = await client.auth.refreshSession();
    const second = rotated.data.session?.refresh_token ?? '';
    expect(second).not.toBe(first);
    expect(events).toContain('TOKEN_REFRESHED');
    await client.auth.refreshSession();
    // `first` is neither active nor the active token's parent, and the reuse interval is 0.
    const reuse = await stack.client(strictReuse).auth.refreshSession({ refresh_token: first });
    expect(isAuthApiError(reuse.error)).toBe(true);
    expect(reuse.error).toMatchObject({ status: 400, code: 'refresh_token_already_used' });
    const unknown = await stack.client().auth.refreshSession({ refresh_token: 'abcdefghijkl' });
    expect(unknown.error).toMatchObject({ status: 400, code: 'refresh_token_not_found' });
  });

  it('12b. reuse of a stolen token ends the whole session: the current token stops working too', async () => {
    const strictReuse = await stack.gateway({ maxFrequency: 0, refreshTokenReuseInterval: 0 });
    const { client, session } = await signIn(stack.freshEmail(), 1, strictReuse);
    const first = session.refresh_token;
    await client.auth.refreshSession();
    const current = (await client.auth.refreshSession()).data.session?.refresh_token ?? '';
    await stack.client(strictReuse).auth.refreshSession({ refresh_token: first });
    const after = await stack.client(strictReuse).auth.refreshSession({ refresh_token: current });
    expect(after.error?.code).toBe('refresh_token_not_found');
  });

  it('13. presenting the parent of the active token returns the active token (tokens/service.go)', async () => {
    const strictReuse = await stack.gateway({ maxFrequency: 0, refreshTokenReuseInterval: 0 });
    const { client, session } = await signIn(stack.freshEmail(), 1, strictReuse);
    const parent = session.refresh_token;
    const active = (await client.auth.refreshSession()).data.session?.refresh_token;
    const again = await stack.client(strictReuse).auth.refreshSession({ refresh_token: parent });
    expect(again.error).toBeNull();
    expect(again.data.session?.refresh_token).toBe(active);
  });

  it('14. GET /user: the bare user for a live token; bad_jwt for forged, expired or anon tokens; session_not_found after sign-out', async () => {
    const email = stack.freshEmail();
    const { client, session } = await signIn(email);
    const { data, error } = await client.auth.getUser();
    expect(error).toBeNull();
    expect(data.user).toMatchObject({ id: session.user.id, email, aud: 'authenticated', role: 'authenticated' });
    const direct = await stack.raw('/user', { headers: { Authorization: `Bearer ${session.access_token}` } });
    expect((await direct.json()).id).toBe(session.user.id);

    const claims = claimsOf(session.access_token);
    const forged = signJwt(claims, 'x'.repeat(64));
    const expired = signJwt({ ...claims, exp: Math.floor(Date.now() / 1000) - 10 }, stack.jwtSecret);
    for (const token of [forged, expired, stack.anonKey]) {
      const answer = await stack.raw('/user', { headers: { Authorization: `Bearer ${token}` } });
      expect(answer.status).toBe(403);
      expect((await answer.json()).code).toBe('bad_jwt');
    }
    const none = await stack.raw('/user', { headers: { Authorization: '' } });
    expect(none.status).toBe(401);
    expect((await none.json()).code).toBe('no_authorization');

    await stack.raw('/logout?scope=local', {
      method: 'POST',
      headers: { Authorization: `Bearer ${session.access_token}` },
    });
    const gone = await client.auth.getUser();
    expect(gone.error?.name).toBe('AuthSessionMissingError');
    expect((await client.auth.getSession()).data.session).toBeNull();
  });

  it('15. POST /logout: 204 for global, local and others; 400 for another scope; after global no refresh token works', async () => {
    const email = stack.freshEmail();
    const phone = await signIn(email, 1);
    const laptop = await signIn(email, 2);
    const badScope = await stack.raw('/logout?scope=alle', {
      method: 'POST',
      headers: { Authorization: `Bearer ${laptop.session.access_token}` },
    });
    expect(badScope.status).toBe(400);
    expect((await badScope.json()).code).toBe('validation_failed');
    const others = await stack.raw('/logout?scope=others', {
      method: 'POST',
      headers: { Authorization: `Bearer ${laptop.session.access_token}` },
    });
    expect(others.status).toBe(204);
    expect(await others.text()).toBe('');
    expect(
      (await stack.client().auth.refreshSession({ refresh_token: phone.session.refresh_token })).error,
    ).toBeTruthy();
    expect((await laptop.client.auth.getUser()).error).toBeNull();

    const third = await signIn(email, 3);
    expect((await third.client.auth.signOut()).error).toBeNull();
    for (const token of [laptop.session.refresh_token, third.session.refresh_token]) {
      expect((await stack.client().auth.refreshSession({ refresh_token: token })).error?.code).toBe(
        'refresh_token_not_found',
      );
    }
  });

  it('refuses what it does not serve with clear errors: other grant types, wrong methods, unknown paths', async () => {
    const grant = await stack.raw('/token?grant_type=password', { method: 'POST', body: '{}' });
    expect(grant.status).toBe(400);
    expect(await grant.json()).toEqual({ code: 'invalid_credentials', message: 'unsupported_grant_type' });
    expect((await stack.raw('/otp')).status).toBe(405);
    expect((await stack.raw('/admin/users')).status).toBe(404);
    const noKey = await fetch(`${stack.context.url}/auth/v1/otp`, { method: 'POST', body: otpBody('a@b.dk') });
    expect(noKey.status).toBe(401);
  });
});
