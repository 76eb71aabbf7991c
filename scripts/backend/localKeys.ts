import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newJwtSecret, signJwt } from './jwt.ts';

/*
 * The local backend's JWT secret, made once and kept in the git-ignored `.local/` (readable by its
 * owner only), and the two API keys Supabase derives from it: the anon key (for the site) and the
 * service-role key (server code only). A real project's keys come from SUPABASE_* instead.
 */

const secretFile = fileURLToPath(new URL('../../.local/jwt-secret', import.meta.url));
// Long-lived, like Supabase's local keys: ten years.
const tenYears = 10 * 365 * 24 * 60 * 60;

export type LocalKeys = { jwtSecret: string; anonKey: string; serviceRoleKey: string };

export function localKeys(file = secretFile): LocalKeys {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, newJwtSecret(), { mode: 0o600 });
  }
  chmodSync(file, 0o600);
  const jwtSecret = readFileSync(file, 'utf8').trim();
  const issuedAt = 1_795_000_000;
  const key = (role: string) =>
    signJwt({ iss: 'supabase', ref: 'local', role, iat: issuedAt, exp: issuedAt + tenYears }, jwtSecret);
  return { jwtSecret, anonKey: key('anon'), serviceRoleKey: key('service_role') };
}
