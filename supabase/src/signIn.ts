import type { AuthError } from '@supabase/supabase-js';
import type { SundhedClient } from './client.ts';

/*
 * Sign-in by a one-time code sent by e-mail, for citizens and staff alike, and sign-out. Supabase
 * Auth's refusals become kinds the page words in the reader's language (a wrong or expired code,
 * wait before a new code, too many tries, no connection), so no page parses error texts.
 */

export type SignInErrorKind =
  | 'invalid-email'
  | 'wrong-or-expired'
  | 'wait'
  | 'too-many'
  | 'not-allowed'
  | 'offline'
  | 'unexpected';

export class SignInError extends Error {
  constructor(
    readonly kind: SignInErrorKind,
    message: string,
    /** For 'wait': seconds until a new code may be sent, when Supabase says. */
    readonly seconds?: number,
  ) {
    super(message);
    this.name = 'SignInError';
  }
}

function kindOf(error: AuthError): SignInErrorKind {
  if (error.name === 'AuthRetryableFetchError') return error.status === 0 ? 'offline' : 'unexpected';
  switch (error.code) {
    case 'otp_expired':
      return 'wrong-or-expired';
    case 'over_email_send_rate_limit':
      return 'wait';
    case 'over_request_rate_limit':
      return 'too-many';
    case 'validation_failed':
    case 'email_address_invalid':
      return 'invalid-email';
    case 'otp_disabled':
    case 'signup_disabled':
    case 'user_banned':
      return 'not-allowed';
    default:
      return 'unexpected';
  }
}

function refusal(error: AuthError): SignInError {
  const seconds = /after (\d+) seconds/.exec(error.message)?.[1];
  return new SignInError(kindOf(error), error.message, seconds ? Number(seconds) : undefined);
}

export function signInAdapter(client: SundhedClient) {
  return {
    /** Mails a code to `email`; a first sign-in creates the account (as a citizen, see profiles). */
    async sendCode(email: string): Promise<void> {
      const { error } = await client.auth.signInWithOtp({ email: email.trim() });
      if (error) throw refusal(error);
    },
    /** Checks the code; on success this device is signed in. Returns the account's id. */
    async checkCode(email: string, code: string): Promise<{ userId: string; email: string }> {
      const token = code.replace(/\s+/g, '');
      // 6 digits as config.toml sets it; Supabase allows up to 10, so the check does too.
      if (!/^\d{6,10}$/.test(token)) throw new SignInError('wrong-or-expired', 'A code has 6 to 10 digits');
      const { data, error } = await client.auth.verifyOtp({ email: email.trim(), token, type: 'email' });
      if (error) throw refusal(error);
      if (!data.user) throw new SignInError('unexpected', 'Signed in without a user');
      return { userId: data.user.id, email: data.user.email ?? email };
    },
    /**
     * Sends the browser to a custom OIDC provider (MitID through the municipality's broker), which
     * sends it back to `returnTo` with a one-time `code`.
     */
    async startProvider(provider: `custom:${string}`, returnTo: string): Promise<void> {
      const { error } = await client.auth.signInWithOAuth({ provider, options: { redirectTo: returnTo } });
      if (error) throw refusal(error);
    },
    /** Back from the provider: supabase-js exchanges the `code` for a session as it starts. */
    async finishProvider(): Promise<{ userId: string; email: string }> {
      const { data, error } = await client.auth.getSession();
      if (error) throw refusal(error);
      if (!data.session) throw new SignInError('wrong-or-expired', 'The provider sent no valid code');
      return { userId: data.session.user.id, email: data.session.user.email ?? '' };
    },
    /** Signs this device out (other devices stay signed in). */
    async signOut(): Promise<void> {
      const { error } = await client.auth.signOut({ scope: 'local' });
      if (error) throw refusal(error);
    },
  };
}
