import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePostgresUser, postgresBinDir } from './postgresBinaries.ts';

/*
 * A PostgreSQL server on loopback, in a folder of ours: made with initdb the first time, started
 * with pg_ctl. Used for the tests' throwaway clusters and for `npm start`'s local database, which
 * keeps its folder between starts. initdb and postgres refuse to run as root, so as root they run
 * as the postgres user (made when missing).
 */

export type PostgresCluster = { port: number; url: (database: string) => string; stop: () => void };
export type ClusterOptions = {
  /** Holds the data folder, the socket and the server log. */
  dir: string;
  port: number;
  /** Extra server settings, e.g. `{ wal_level: 'logical' }`. */
  settings?: Record<string, string>;
  /** Test clusters: no fsync (fast, and lost on a crash, which does not matter for them). */
  durable?: boolean;
};

const asRoot = process.getuid?.() === 0;

function run(bin: string, args: string[]): void {
  const [command, fullArgs] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  execFileSync(command, fullArgs, { stdio: ['ignore', 'ignore', 'pipe'] });
}

export function startPostgresCluster({ dir, port, settings = {}, durable = false }: ClusterOptions): PostgresCluster {
  const bin = postgresBinDir();
  ensurePostgresUser();
  mkdirSync(dir, { recursive: true });
  // The postgres user must be able to enter the folder and own the data directory.
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  if (!existsSync(join(data, 'PG_VERSION'))) {
    run(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  }
  run(join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-w',
    '-l',
    join(dir, 'server.log'),
    '-o',
    [
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`,
      ...(durable ? [] : ['-c fsync=off -c full_page_writes=off']),
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
      run(join(bin, 'pg_ctl'), ['-D', data, '-m', durable ? 'fast' : 'immediate', '-w', 'stop']);
    },
  };
}
