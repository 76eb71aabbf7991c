import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './freePort.ts';
import { type PostgresCluster, startPostgresCluster } from './postgresCluster.ts';

/*
 * A PostgreSQL cluster for one test run: a temp folder, a free loopback port, fsync off.
 * stop() must be called (also when tests fail); it stops the server and removes the folder.
 */

export type ThrowawayPostgres = PostgresCluster;

/** `settings`: extra server settings, e.g. `{ wal_level: 'logical' }` for logical decoding. */
export async function startThrowawayPostgres(settings: Record<string, string> = {}): Promise<ThrowawayPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'sundhed-pg-'));
  const cluster = startPostgresCluster({ dir, port: await freePort(), settings });
  return {
    ...cluster,
    stop: () => {
      try {
        cluster.stop();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
