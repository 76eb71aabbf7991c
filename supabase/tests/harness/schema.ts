import { readdirSync, readFileSync } from 'node:fs';
import type pg from 'pg';

/*
 * Loads what a Supabase project's database holds into an empty database: the shim of Supabase's
 * roles and auth schema, our migrations in order, and seed.sql. Used by the tests' template, the
 * benchmark and the type generator. Roles are cluster-wide: create them once per cluster.
 */

const supabaseDir = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, supabaseDir), 'utf8');

export function migrationFiles(): string[] {
  return readdirSync(new URL('migrations/', supabaseDir))
    .filter((name) => /^\d{14}_[a-z0-9_]+\.sql$/.test(name))
    .sort();
}

export async function loadSupabaseSchema(client: pg.Client): Promise<void> {
  await client.query(read('tests/harness/supabaseShim.sql'));
  for (const file of migrationFiles()) {
    await client.query(read(`migrations/${file}`)).catch((error: Error) => {
      throw new Error(`migration ${file} failed: ${error.message}`);
    });
  }
  await client.query(read('seed.sql'));
}
