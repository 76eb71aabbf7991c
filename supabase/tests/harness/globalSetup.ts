import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { loadSupabaseSchema } from '../../../scripts/backend/supabaseSchema.ts';
import { startThrowawayPostgres } from '../../../scripts/testdb/throwawayPostgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** postgres://postgres@127.0.0.1:port (no database): test files copy the template from it. */
    supabaseClusterUrl: string;
  }
}

/** The database every test file copies: Supabase's shim, then our migrations in order, then seed.sql. */
export const templateDatabase = 'supabase_template';

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
      await loadSupabaseSchema(template);
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
