import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cmsDataDir, defaultDatabaseUri } from '../paths.ts';

/*
 * The seeded admin's log-in: a fresh random password per database, kept next to the local
 * database (git-ignored) so `npm start` can print it again. Never a fixed default. One file per
 * database, so seeding Postgres does not overwrite the SQLite database's log-in.
 */

export type Login = { email: string; password: string };

export const demoAdminEmail = 'admin@sundhedscenter.local';
export function loginFile(databaseUri = process.env.DATABASE_URI || defaultDatabaseUri): string {
  const id = createHash('sha256').update(databaseUri).digest('hex').slice(0, 12);
  return `${cmsDataDir}/demo-login-${id}.json`;
}

export function newDemoLogin(): Login {
  return { email: demoAdminEmail, password: randomBytes(12).toString('base64url') };
}

export function saveDemoLogin(login: Login, file = loginFile()): void {
  mkdirSync(cmsDataDir, { recursive: true });
  writeFileSync(file, `${JSON.stringify(login, null, 2)}\n`, { mode: 0o600 });
}

export function readDemoLogin(file = loginFile()): Login | undefined {
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as Login;
}
