import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/*
 * What else a build is made from besides content: the site's code, the content schemas, the
 * locked dependencies, Node's version and the settings the build reads from the environment. A
 * publish may rebuild only some pages when this is unchanged since the last build; otherwise every
 * page. Settings are kept only as part of the hash, so no key is written down.
 */

const settings =
  /^(NODE_ENV|SITE_URL|URL|NETLIFY|LOCAL_FUNCTIONS_URL|(PUBLIC_)?(SUPABASE_URL|SUPABASE_ANON_KEY|MITID_PROVIDER|VAPID_PUBLIC_KEY))$/;

/** Everything the site's build reads besides content/ and the environment. */
const sources = [
  'site/src',
  'site/public',
  'site/astro.config.mjs',
  'site/package.json',
  'site/tsconfig.json',
  'tsconfig.base.json',
  'content/src',
  // The site imports the Supabase adapters, and the local stack's keys go into its scripts.
  'supabase/src',
  'scripts/backend/localKeys.ts',
  'scripts/backend/localVapidKeys.ts',
  '.local/jwt-secret',
  '.local/vapid.json',
  'package-lock.json',
];

function filesUnder(path: string): string[] {
  if (!statSync(path, { throwIfNoEntry: false })) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

export function siteFingerprint(repo: string, env: NodeJS.ProcessEnv = process.env): string {
  const hash = createHash('sha256');
  for (const file of sources.flatMap((source) => filesUnder(join(repo, source))))
    hash.update(relative(repo, file)).update('\0').update(readFileSync(file)).update('\0');
  // Sorting (offers by municipality name) follows Node's ICU.
  hash.update(`node ${process.version} icu ${process.versions.icu}\0`);
  for (const name of Object.keys(env)
    .filter((key) => settings.test(key))
    .sort())
    hash.update(`${name}=${env[name]}\0`);
  return hash.digest('hex');
}
