import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cmsDataDir, defaultDatabaseUri } from '../paths.ts';

/*
 * The seeded demo users' log-ins: fresh random passwords per database, kept next to the local
 * database (git-ignored) so `npm start` can print them again. Never a fixed default. One file per
 * database, so seeding Postgres does not overwrite the SQLite database's log-ins.
 */

export type Login = { email: string; password: string };
export const demoPeople = ['admin', 'editor', 'reviewer', 'contributor'] as const;
export type DemoPerson = (typeof demoPeople)[number];
export type DemoLogins = Record<DemoPerson, Login>;

export const demoAdminEmail = 'admin@sundhedscenter.local';

export function newDemoLogins(): DemoLogins {
  const login = (person: DemoPerson): Login => ({
    email: `${person}@sundhedscenter.local`,
    password: randomBytes(12).toString('base64url'),
  });
  return {
    admin: login('admin'),
    editor: login('editor'),
    reviewer: login('reviewer'),
    contributor: login('contributor'),
  };
}

export function loginFile(databaseUri = process.env.DATABASE_URI || defaultDatabaseUri): string {
  const id = createHash('sha256').update(databaseUri).digest('hex').slice(0, 12);
  return `${cmsDataDir}/demo-logins-${id}.json`;
}

export function saveDemoLogins(logins: DemoLogins, file = loginFile()): void {
  mkdirSync(cmsDataDir, { recursive: true });
  writeFileSync(file, `${JSON.stringify(logins, null, 2)}\n`, { mode: 0o600 });
}

export function readDemoLogins(file = loginFile()): DemoLogins | undefined {
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as DemoLogins;
}

const roleNames: Record<DemoPerson, string> = {
  admin: 'Platformsadministrator',
  editor: 'Redaktør, Odense',
  reviewer: 'Klinisk reviewer, Odense, Kolding og Svendborg',
  contributor: 'Bidragyder, patientforening',
};

export function describeLogins(logins: DemoLogins): string {
  return demoPeople
    .map((person) => `  ${roleNames[person].padEnd(30)} ${logins[person].email} / ${logins[person].password}`)
    .join('\n');
}
