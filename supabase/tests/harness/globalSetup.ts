import { readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startThrowawayPostgres } from '../../../scripts/testdb/throwawayPostgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** postgres://postgres@127.0.0.1:port (no database): test files copy the template from it. */
    supabaseClusterUrl: string;
  }
}

/** The database every test file copies: Supabase's shim, then our migrations in order, then seed.sql. */
export const templateDatabase = 'supabase_template';

const supabaseDir = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, supabaseDir), 'utf8');

export function migrationFiles(): string[] {
  return readdirSync(new URL('migrations/', supabaseDir))
    .filter((name) => /^\d{14}_[a-z0-9_]+\.sql$/.test(name))
    .sort();
}

export default async function setup(project: TestProject) {
  // Logical decoding for the realtime test; synchronous commits, or decoding sees nothing.
  const cluster = await startThrowawayPostgres({
    wal_level: 'logical',
    max_replication_slots: '4',
    // 200 parallel API clients in the concurrency tests, and the other test files beside them.
    max_connections: '400',
  });
  try {
    const admin = new pg.Client({ connectionString: cluster.url('postgres') });
    await admin.connect();
    await admin.query(`create database ${templateDatabase}`);
    await admin.end();
    const template = new pg.Client({ connectionString: cluster.url(templateDatabase) });
    await template.connect();
    try {
      await template.query(read('tests/harness/supabaseShim.sql'));
      for (const file of migrationFiles()) {
        await template.query(read(`migrations/${file}`)).catch((error: Error) => {
          throw new Error(`migration ${file} failed: ${error.message}`);
        });
      }
      await template.query(read('seed.sql'));
    } finally {
      await template.end();
    }
  } catch (error) {
    cluster.stop();
    throw error;
  }
  project.provide('supabaseClusterUrl', cluster.url('').replace(/\/$/, ''));
  return () => cluster.stop();
}
