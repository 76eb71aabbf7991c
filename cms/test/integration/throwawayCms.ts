import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresAdapter } from '@payloadcms/db-postgres';
import { sqliteAdapter } from '@payloadcms/db-sqlite';
import { buildConfig, type Config, type DatabaseAdapterObj, getPayload, type Migration, type Payload } from 'payload';
import pg from 'pg';
import { inject } from 'vitest';
import { cmsConfig } from '../../src/config.ts';
import { migrations as postgresMigrations } from '../../src/migrations/postgres/index.ts';
import { migrations as sqliteMigrations } from '../../src/migrations/sqlite/index.ts';

export type ThrowawayCms = { payload: Payload; dir: string; close: () => Promise<void> };

/** Which database the integration tests run on: the vitest project sets it. */
export const testDatabase = process.env.CMS_TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${inject('postgresUrl')}/postgres` });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database for one CMS: a SQLite file in `dir`, or a new database on the test cluster
 * (left for the cluster's removal at the end of the run: Payload keeps its pool open).
 */
async function freshDatabase(dir: string): Promise<DatabaseAdapterObj> {
  if (testDatabase === 'sqlite') {
    return sqliteAdapter({ client: { url: `file:${join(dir, 'cms.db')}` }, push: false });
  }
  const name = `cms_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  return postgresAdapter({ pool: { connectionString: `${inject('postgresUrl')}/${name}` }, push: false });
}

/**
 * The real CMS config on a fresh database, built by the committed migrations (schema push off),
 * removed again by close(). `adjust` changes the config first (to prove a test notices a weakened rule).
 */
export async function throwawayCms(adjust: (config: Config) => Config = (config) => config): Promise<ThrowawayCms> {
  const dir = mkdtempSync(join(tmpdir(), 'sundhed-cms-'));
  const db = await freshDatabase(dir);
  const config = await buildConfig(
    adjust({
      ...cmsConfig({ secret: randomBytes(32).toString('hex'), db }),
      // Refusals are what the access tests provoke; logging each one would bury real failures.
      logger: { options: { level: 'silent' } },
    }),
  );
  const payload = await getPayload({ config, key: dir });
  // The generated migrations type their arguments per adapter; Payload's Migration type is generic.
  const migrations = (testDatabase === 'sqlite' ? sqliteMigrations : postgresMigrations) as unknown as Migration[];
  await payload.db.migrate({ migrations });
  return {
    payload,
    dir,
    close: async () => {
      await payload.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
