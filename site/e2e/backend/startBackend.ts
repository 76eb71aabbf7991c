import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFunctions } from '../../../scripts/backend/functionsServer.ts';
import { startLocalDatabase } from '../../../scripts/backend/localDatabase.ts';
import { localKeys } from '../../../scripts/backend/localKeys.ts';
import { localVapidKeys, vapidEnvironment } from '../../../scripts/backend/localVapidKeys.ts';
import { startSupabaseStack } from '../../../scripts/backend/supabaseStack.ts';
import { freePort } from '../../../scripts/testdb/freePort.ts';
import { e2eFunctionsUrl, e2eInboxUrl, e2eStateFile, e2eSupabaseUrl } from './ports.ts';

/*
 * The e2e's backend, started by Playwright (playwright.config.ts): a throwaway database with the
 * migrations, the lesson catalogue and the demo people, behind the same stack `npm start` runs, with
 * the keys the site was built with. One change: no wait between two codes to one address, since a
 * test signs one person in on two devices within seconds. Removed again on SIGTERM.
 */

const dir = mkdtempSync(join(tmpdir(), 'sundhed-e2e-backend-'));
// PostgreSQL runs as its own user when we are root: it must be able to enter the folder.
chmodSync(dir, 0o755);
const database = await startLocalDatabase(await freePort(), `${join(dir, 'postgres')}/`);
const keys = localKeys();
const smtp = await freePort();
const stack = await startSupabaseStack({
  ownerUrl: database.url,
  apiUrl: database.apiUrl,
  keys,
  ports: {
    gateway: Number(new URL(e2eSupabaseUrl).port),
    postgrest: await freePort(),
    smtp,
    mail: Number(new URL(e2eInboxUrl).port),
  },
  origins: ['http://127.0.0.1:4399'],
  mailDirectory: join(dir, 'mail'),
  // The whole e2e signs in people many times a minute from one address: the limits that protect a
  // real stack (a code a minute, 30 sign-ins per 5 minutes, 30 mails an hour) would decide whether
  // CI passes. They are tested on their own (supabase/tests/standIns/auth.conformance.test.ts).
  authSettings: {
    maxFrequency: 0,
    rateLimits: { signIns: 10_000, verifications: 10_000, refreshes: 10_000, mailsPerHour: 10_000 },
  },
}).catch((error: unknown) => {
  database.stop();
  throw error;
});
const functions = await startFunctions({
  port: Number(new URL(e2eFunctionsUrl).port),
  env: {
    SUPABASE_URL: stack.url,
    SUPABASE_ANON_KEY: keys.anonKey,
    SUPABASE_SERVICE_ROLE_KEY: keys.serviceRoleKey,
    SMTP_URL: `smtp://127.0.0.1:${smtp}`,
    MAIL_FROM: 'Sundhedscenter <noreply@sundhedscenter.local>',
    SITE_URL: 'http://127.0.0.1:4399',
    ...vapidEnvironment(localVapidKeys()),
  },
});
mkdirSync(new URL('.', e2eStateFile), { recursive: true });
writeFileSync(e2eStateFile, JSON.stringify({ ownerUrl: database.url }));
console.log(`e2e backend ready at ${stack.url}`);

async function stop() {
  await functions.stop();
  await stack.stop();
  database.stop();
  rmSync(dir, { recursive: true, force: true });
  rmSync(e2eStateFile, { force: true });
  process.exit(0);
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
