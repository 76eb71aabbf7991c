import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config, Payload } from 'payload';
import { inject } from 'vitest';
import { cmsOnDatabase, type SqlDatabase } from '../../../scripts/testdb/cmsOnDatabase.ts';
import { createDatabase } from '../../../scripts/testdb/createDatabase.ts';

export type ThrowawayCms = { payload: Payload; dir: string; close: () => Promise<void> };

/** Which database the integration tests run on: the vitest project sets it. */
export const testDatabase = process.env.CMS_TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';

/**
 * A SQLite file in `dir`, or a new database on the run's Postgres cluster (left for the cluster's
 * removal at the end of the run: Payload keeps its pool open after destroy()).
 */
async function freshDatabase(dir: string): Promise<SqlDatabase> {
  if (testDatabase === 'sqlite') return { kind: 'sqlite', url: `file:${join(dir, 'cms.db')}` };
  return { kind: 'postgres', url: await createDatabase(inject('postgresUrl')) };
}

/**
 * The real CMS on a fresh database, built by the committed migrations (schema push off), removed
 * again by close(). `adjust` changes the config first (to prove a test notices a weakened rule).
 */
export async function throwawayCms(adjust?: (config: Config) => Config): Promise<ThrowawayCms> {
  const dir = mkdtempSync(join(tmpdir(), 'sundhed-cms-'));
  const payload = await cmsOnDatabase(await freshDatabase(dir), {
    cacheKey: dir,
    mediaDir: join(dir, 'media'),
    adjust,
  });
  return {
    payload,
    dir,
    close: async () => {
      await payload.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
