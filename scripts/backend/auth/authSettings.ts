import { readFileSync } from 'node:fs';
import { parse } from 'smol-toml';

/*
 * What the sign-in stand-in takes from `supabase/config.toml`, the file `supabase start` reads, so
 * the local backend and a Docker stack behave alike: code length and lifetime, how often a code may
 * be sent, token lifetimes, sign-up switches, per-IP limits and the code mail. One reader, one place.
 */

const configFile = new URL('../../../supabase/config.toml', import.meta.url);
const supabaseDir = new URL('../../../', import.meta.url);

export type RateLimits = {
  /** Sign-in code requests per IP per 5 minutes (`sign_in_sign_ups`). */
  signIns: number;
  /** Code checks per IP per 5 minutes (`token_verifications`). */
  verifications: number;
  /** Refreshes per IP per 5 minutes (`token_refresh`). */
  refreshes: number;
  /** Code mails sent per hour, all addresses together (`email_sent`). */
  mailsPerHour: number;
};

export type AuthSettings = {
  siteUrl: string;
  jwtExpiry: number;
  enableSignup: boolean;
  enableConfirmations: boolean;
  otpLength: number;
  /** Seconds a code stays valid. */
  otpExpiry: number;
  /** Seconds between two code mails to one address. */
  maxFrequency: number;
  refreshTokenReuseInterval: number;
  /** Wrong codes for one address before its code is void (the stand-in's own, see README). */
  maxFailedCodes: number;
  rateLimits: RateLimits;
  mail: { subject: string; html: string };
};

type Toml = {
  auth: {
    site_url: string;
    jwt_expiry: number;
    enable_signup: boolean;
    refresh_token_reuse_interval: number;
    rate_limit: { email_sent: number; sign_in_sign_ups: number; token_verifications: number; token_refresh: number };
    email: {
      enable_signup: boolean;
      enable_confirmations: boolean;
      otp_length: number;
      otp_expiry: number;
      max_frequency: string;
      template: Record<string, { subject: string; content_path: string }>;
    };
  };
};

/** A Go duration as the CLI writes it: "60s", "1m30s", "2h". */
export function goDurationSeconds(text: string): number {
  const parts = [...text.matchAll(/(\d+)(h|m|s)/g)];
  if (!parts.length || parts.map(([whole]) => whole).join('') !== text) {
    throw new Error(`"${text}" is not a duration like "60s" or "1m"`);
  }
  const unit = { h: 3600, m: 60, s: 1 } as const;
  return parts.reduce((sum, [, amount, u]) => sum + Number(amount) * unit[u as keyof typeof unit], 0);
}

export function readAuthSettings(file = configFile): AuthSettings {
  const { auth } = parse(readFileSync(file, 'utf8')) as unknown as Toml;
  // Both templates carry the code; the stand-in sends the magic-link one for either case.
  const template = auth.email.template.magic_link;
  if (!template) throw new Error('supabase/config.toml: [auth.email.template.magic_link] is missing');
  return {
    siteUrl: auth.site_url,
    jwtExpiry: auth.jwt_expiry,
    enableSignup: auth.enable_signup && auth.email.enable_signup,
    enableConfirmations: auth.email.enable_confirmations,
    otpLength: auth.email.otp_length,
    otpExpiry: auth.email.otp_expiry,
    maxFrequency: goDurationSeconds(auth.email.max_frequency),
    refreshTokenReuseInterval: auth.refresh_token_reuse_interval,
    maxFailedCodes: 5,
    rateLimits: {
      signIns: auth.rate_limit.sign_in_sign_ups,
      verifications: auth.rate_limit.token_verifications,
      refreshes: auth.rate_limit.token_refresh,
      mailsPerHour: auth.rate_limit.email_sent,
    },
    mail: {
      subject: template.subject,
      html: readFileSync(new URL(template.content_path, supabaseDir), 'utf8'),
    },
  };
}
