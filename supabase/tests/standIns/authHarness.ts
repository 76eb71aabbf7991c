import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@supabase/supabase-js';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { type Mailer, smtpMailer } from '../../../functions/lib/mailer.ts';
import { authServer } from '../../../scripts/backend/auth/authServer.ts';
import { type AuthSettings, readAuthSettings } from '../../../scripts/backend/auth/authSettings.ts';
import type { CodeMailer } from '../../../scripts/backend/auth/codeMail.ts';
import { startGateway } from '../../../scripts/backend/gateway.ts';
import { newJwtSecret, signJwt } from '../../../scripts/backend/jwt.ts';
import { type MailInbox, signInCodeFor, startMailInbox } from '../../../scripts/backend/mailInbox.ts';
import { type Postgrest, startPostgrest } from '../../../scripts/backend/postgrest.ts';
import { freePort } from '../../../scripts/testdb/freePort.ts';
import type { Database } from '../../src/database.types.ts';
import { worldPerFile } from '../harness/worldPerFile.ts';

/*
 * The sign-in stand-in as supabase-js meets it: the test file's own database, real PostgREST, a
 * maildev inbox, and as many gateways as a test needs, each with its own sign-in settings (say, no
 * wait between codes) over the same database and inbox.
 */

export function authStandIn() {
  const file = worldPerFile();
  const jwtSecret = newJwtSecret();
  const anonKey = signJwt({ role: 'anon', iss: 'supabase' }, jwtSecret);
  const serviceKey = signJwt({ role: 'service_role', iss: 'supabase' }, jwtSecret);
  const context = {} as { inbox: MailInbox; api: Postgrest; mailer: Mailer; url: string };
  const stops: (() => Promise<void> | void)[] = [];
  let owner: pg.Pool;

  /** A gateway with the sign-in stand-in under `settings` (defaults from supabase/config.toml). */
  async function gateway(settings: Partial<AuthSettings> = {}, mailer: CodeMailer = context.mailer): Promise<string> {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const auth = await authServer({
      db: owner,
      settings: { ...readAuthSettings(), ...settings },
      jwtSecret,
      issuer: `${url}/auth/v1`,
      mailer,
    });
    const started = await startGateway({ port, keys: [anonKey, serviceKey], rest: context.api.url, origins: [], auth });
    stops.push(started.stop);
    return url;
  }

  beforeAll(async () => {
    const cluster = inject('supabaseClusterUrl');
    owner = new pg.Pool({ connectionString: `${cluster}/${file.db.name}`, max: 4 });
    stops.push(() => owner.end());
    context.inbox = await startMailInbox({
      smtpPort: await freePort(),
      webPort: await freePort(),
      directory: mkdtempSync(join(tmpdir(), 'inbox-')),
    });
    stops.push(context.inbox.stop);
    context.mailer = smtpMailer(`smtp://127.0.0.1:${context.inbox.smtpPort}`, 'test@sundhedscenter.local');
    stops.push(context.mailer.close);
    context.api = await startPostgrest({
      dbUri: `${cluster.replace('postgres@', 'authenticator@')}/${file.db.name}`,
      port: await freePort(),
      jwtSecret,
    });
    stops.push(context.api.stop);
    // Most tests ask for several codes in a row, for fresh addresses; the wait is tested on its own.
    context.url = await gateway({ maxFrequency: 0 });
  });
  afterAll(async () => {
    for (const stop of stops.reverse()) await stop();
  });

  let counter = 0;
  return {
    file,
    jwtSecret,
    anonKey,
    serviceKey,
    context,
    gateway,
    /** A new address nobody has used. */
    freshEmail: (name = 'person') => `${name}.${Date.now()}.${++counter}@eksempel.dk`,
    /** supabase-js as the site makes it, against `url` (the default gateway unless given). */
    client: (url = context.url, fetchImpl?: typeof fetch) =>
      createClient<Database>(url, anonKey, {
        auth: { persistSession: false, autoRefreshToken: false },
        ...(fetchImpl ? { global: { fetch: fetchImpl } } : {}),
      }),
    code: (email: string, count = 1) => signInCodeFor(context.inbox.url, email, { count }),
    owner: () => owner,
    /** A raw request to the stand-in, as supabase-js would send it. */
    raw: (path: string, init: RequestInit & { url?: string } = {}) =>
      fetch(`${init.url ?? context.url}/auth/v1${path}`, {
        ...init,
        headers: {
          apikey: anonKey,
          Authorization: `Bearer ${anonKey}`,
          'Content-Type': 'application/json;charset=UTF-8',
          'X-Supabase-Api-Version': '2024-01-01',
          ...init.headers,
        },
      }),
  };
}
