import type { IncomingMessage } from 'node:http';
import type pg from 'pg';
import { AuthError, invalidCode, overRequestLimit, validationFailed } from './authErrors.ts';
import type { AuthSettings } from './authSettings.ts';
import { type CodeMailer, codeMail } from './codeMail.ts';
import type { RateLimiter } from './ipRateLimiter.ts';
import { newCode, storeCode, useCode } from './oneTimeCodes.ts';
import { clientAddress, inTransaction, normalEmail } from './requests.ts';
import { rotateRefreshToken, sessionJson, startSession, type TokenSettings } from './sessions.ts';
import { createUser, userByEmail, userById } from './users.ts';

/*
 * The sign-in endpoints supabase-js calls, with Supabase Auth's checks in Supabase Auth's order
 * (supabase/local/stand-ins.md §2): request a code, check it, refresh. Each returns the response
 * body or throws an AuthError.
 */

export type AuthContext = {
  db: pg.Pool;
  settings: AuthSettings;
  tokens: TokenSettings;
  mailer: CodeMailer;
  limits: { signIns: RateLimiter; verifications: RateLimiter; refreshes: RateLimiter; mails: RateLimiter };
};

const metadataOf = (data: unknown): Record<string, unknown> => {
  if (data === undefined || data === null) return {};
  if (typeof data !== 'object' || Array.isArray(data) || JSON.stringify(data).length > 4096) {
    throw validationFailed('data must be an object of at most 4 KB');
  }
  return data as Record<string, unknown>;
};

/** `POST /otp`: e-mail a sign-in code (`signInWithOtp`). */
export async function requestCode(context: AuthContext, request: IncomingMessage, body: Record<string, unknown>) {
  const { db, settings, limits, mailer } = context;
  if (!limits.signIns.take(clientAddress(request))) throw overRequestLimit();
  if (!body.email && !body.phone) throw validationFailed('One of email or phone must be set');
  if (body.phone) throw new AuthError(422, 'phone_provider_disabled', 'Unsupported phone provider');
  const email = normalEmail(body.email);
  const mayCreate = body.create_user !== false;
  if (!mayCreate && !email) throw new AuthError(422, 'otp_disabled', 'Signups not allowed for otp');
  if (!email) throw validationFailed('Unable to validate email address: invalid format');
  const data = metadataOf(body.data);

  await inTransaction(db, async (client) => {
    await client.query('select pg_advisory_xact_lock(hashtext($1))', [email]);
    let user = await userByEmail(client, email);
    if (!user) {
      if (!mayCreate) throw new AuthError(422, 'otp_disabled', 'Signups not allowed for otp');
      if (!settings.enableSignup) throw new AuthError(422, 'signup_disabled', 'Signups not allowed for this instance');
      user = await createUser(client, email, data);
    }
    if (!user.email_confirmed_at && !settings.enableConfirmations) {
      await client.query('update auth.users set email_confirmed_at = now() where id = $1', [user.id]);
      user.email_confirmed_at = new Date();
    }
    const kind = user.email_confirmed_at ? 'magic_link' : 'confirmation';
    const sentAt = kind === 'confirmation' ? user.confirmation_sent_at : user.recovery_sent_at;
    const waited = sentAt ? (Date.now() - sentAt.getTime()) / 1000 : Number.POSITIVE_INFINITY;
    if (waited < settings.maxFrequency) {
      const seconds = Math.ceil(settings.maxFrequency - waited);
      throw new AuthError(
        429,
        'over_email_send_rate_limit',
        `For security purposes, you can only request this after ${seconds} seconds.`,
      );
    }
    if (!limits.mails.take('all')) throw new AuthError(429, 'over_email_send_rate_limit', 'email rate limit exceeded');
    const code = newCode(settings.otpLength);
    await storeCode(client, user.id, email, code, kind);
    const sentColumn = kind === 'confirmation' ? 'confirmation_sent_at' : 'recovery_sent_at';
    await client.query(`update auth.users set ${sentColumn} = now() where id = $1`, [user.id]);
    // Sent before the commit: if the mail cannot go, nothing is recorded and the reader may ask again.
    await mailer.send(codeMail(settings.mail, email, code, settings.siteUrl)).catch((error: Error) => {
      throw new AuthError(500, 'unexpected_failure', `Error sending magic link email: ${error.message}`);
    });
  });
  return {};
}

const verifyTypes = new Set(['email', 'magiclink', 'signup']);

/** `POST /verify`: check the code and start a session (`verifyOtp`). */
export async function checkCode(context: AuthContext, request: IncomingMessage, body: Record<string, unknown>) {
  const { db, settings, limits, tokens } = context;
  if (!limits.verifications.take(clientAddress(request))) throw overRequestLimit();
  if (!body.type) throw validationFailed('Verify requires a verification type');
  if (typeof body.type !== 'string' || !verifyTypes.has(body.type))
    throw validationFailed('Unsupported verification type');
  if (!body.token === !body.token_hash) throw validationFailed('Verify requires either a token or a token hash');
  if (body.token_hash) throw validationFailed('The local sign-in checks codes (token), not token_hash links');
  const email = normalEmail(body.email);
  if (!email) throw new AuthError(422, 'validation_failed', 'Invalid email format');
  const code = String(body.token).trim();

  const outcome = await inTransaction(db, async (client) => {
    const user = await userByEmail(client, email);
    if (!user) return invalidCode();
    const check = await useCode(client, user.id, email, code, settings);
    if (!check.ok) return invalidCode();
    const { rows } = await client.query(
      `update auth.users set last_sign_in_at = now(), updated_at = now(),
         email_confirmed_at = coalesce(email_confirmed_at, now()),
         raw_user_meta_data = case when $2 then raw_user_meta_data || '{"email_verified": true}' else raw_user_meta_data end
       where id = $1 returning id`,
      [user.id, check.kind === 'confirmation'],
    );
    if (!rows.length) return invalidCode();
    const signedIn = await userById(client, user.id);
    return signedIn ? startSession(client, signedIn, tokens) : invalidCode();
  });
  if (outcome instanceof AuthError) throw outcome;
  return outcome;
}

/** `POST /token?grant_type=refresh_token`: a new access token and the next refresh token. */
export async function refresh(context: AuthContext, request: IncomingMessage, body: Record<string, unknown>) {
  const { db, settings, limits, tokens } = context;
  if (!limits.refreshes.take(clientAddress(request))) throw overRequestLimit();
  const token = typeof body.refresh_token === 'string' ? body.refresh_token : '';
  if (!token) throw new AuthError(400, 'validation_failed', 'refresh_token required');
  const outcome = await inTransaction(db, async (client) => {
    const rotated = await rotateRefreshToken(client, token, settings.refreshTokenReuseInterval);
    if (!rotated.ok) return rotated;
    const user = await userById(client, rotated.userId);
    return user
      ? { ok: true as const, user, rotated }
      : { ok: false as const, code: 'refresh_token_not_found' as const };
  });
  if (!outcome.ok) {
    const message = outcome.code === 'refresh_token_already_used' ? 'Already Used' : 'Refresh Token Not Found';
    throw new AuthError(400, outcome.code, `Invalid Refresh Token: ${message}`);
  }
  const { user, rotated } = outcome;
  return sessionJson(user, rotated.sessionId, rotated.refreshToken, rotated.signedInAt, tokens);
}
