import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { localDatabasePort } from '../../scripts/backend/localDatabase.ts';

/*
 * supabase/config.toml stays true for `supabase start` where Docker exists, and to what the local
 * backend does where it does not: ports, database version, sign-in by one-time code, rate limits,
 * and a sign-in mail that carries the code and nothing about anyone's health.
 */

type Config = {
  api: { port: number; schemas: string[] };
  db: { port: number; major_version: number };
  auth: {
    site_url: string;
    additional_redirect_urls: string[];
    rate_limit: Record<string, number>;
    email: {
      enable_confirmations: boolean;
      otp_length: number;
      otp_expiry: number;
      max_frequency: string;
      template: Record<string, { subject: string; content_path: string }>;
    };
  };
};

const root = new URL('../../', import.meta.url);
const config = parse(readFileSync(new URL('supabase/config.toml', root), 'utf8')) as unknown as Config;

describe('supabase/config.toml', () => {
  it('matches the local backend: database port and PostgreSQL 15, only public exposed', () => {
    expect(config.db.port).toBe(localDatabasePort);
    expect(config.db.major_version).toBe(15);
    expect(config.api).toMatchObject({ port: 54321, schemas: ['public'] });
  });

  it('signs in by a 6-digit code that expires in 10 minutes, one per address a minute, with rate limits', () => {
    expect(config.auth.email).toMatchObject({ otp_length: 6, otp_expiry: 600, max_frequency: '60s' });
    expect(Object.keys(config.auth.rate_limit).sort()).toEqual([
      'email_sent',
      'sign_in_sign_ups',
      'token_refresh',
      'token_verifications',
    ]);
    expect(config.auth.additional_redirect_urls).toContain('http://localhost:4321/**');
  });

  it('sends, for a first sign-in and later ones, a Danish and English mail with the code and no health content', () => {
    const lessonTitles = readdirSync(new URL('content/da/lessons/', root)).map(
      (name) =>
        (JSON.parse(readFileSync(new URL(`content/da/lessons/${name}`, root), 'utf8')) as { title: string }).title,
    );
    for (const kind of ['confirmation', 'magic_link']) {
      const template = config.auth.email.template[kind];
      expect(template?.subject).toBe('Din kode til Sundhedscenter / Your code');
      const html = readFileSync(new URL(template?.content_path ?? '', root), 'utf8');
      expect(html).toContain('{{ .Token }}');
      expect(html).toContain('lang="da"');
      expect(html).toContain('lang="en"');
      expect(html).not.toMatch(/ConfirmationURL|diabetes|hjerte|KOL|blodsukker/i);
      for (const title of lessonTitles) expect(html).not.toContain(title);
    }
  });
});
