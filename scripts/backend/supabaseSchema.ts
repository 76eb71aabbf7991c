import { readdirSync, readFileSync } from 'node:fs';
import type pg from 'pg';

/*
 * What a Supabase project's database holds, loaded into one of ours: the shim of Supabase's roles
 * and auth schema (`supabase/local/supabaseShim.sql`, only where it is not there yet), our
 * migrations in order, each recorded in `supabase_migrations.schema_migrations` as the Supabase
 * CLI records them (version, name, statements), so a rerun applies only new ones, and seed.sql.
 * Used by `npm start`'s local database, the tests' template, the benchmark and the type generator.
 * Roles are cluster-wide: the shim makes them once per cluster.
 */

const supabaseDir = new URL('../../supabase/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, supabaseDir), 'utf8');
const migrationName = /^(\d{14})_([a-z0-9_]+)\.sql$/;

export function migrationFiles(dir: URL = new URL('migrations/', supabaseDir)): string[] {
  return readdirSync(dir)
    .filter((name) => migrationName.test(name))
    .sort();
}

async function hasShim(client: pg.Client): Promise<boolean> {
  const { rows } = await client.query<{ ready: boolean }>(
    `select exists (select 1 from pg_namespace where nspname = 'auth') as ready`,
  );
  return rows[0]?.ready === true;
}

/** Applies the migrations not yet recorded, each in its own transaction; returns their file names. */
export async function applyMigrations(
  client: pg.Client,
  dir: URL = new URL('migrations/', supabaseDir),
): Promise<string[]> {
  await client.query(`
    create schema if not exists supabase_migrations;
    create table if not exists supabase_migrations.schema_migrations (version text primary key, statements text[], name text);
  `);
  const done = new Set(
    (await client.query<{ version: string }>('select version from supabase_migrations.schema_migrations')).rows.map(
      ({ version }) => version,
    ),
  );
  const applied: string[] = [];
  for (const file of migrationFiles(dir)) {
    const [, version = '', name = ''] = migrationName.exec(file) ?? [];
    if (done.has(version)) continue;
    const sql = readFileSync(new URL(file, dir), 'utf8');
    try {
      await client.query('begin');
      await client.query(sql);
      // The CLI keeps the statements it ran; we keep the file's text as one statement.
      await client.query(
        'insert into supabase_migrations.schema_migrations (version, statements, name) values ($1, $2, $3)',
        [version, [sql], name],
      );
      await client.query('commit');
    } catch (error) {
      await client.query('rollback');
      throw new Error(`migration ${file} failed: ${(error as Error).message}`);
    }
    applied.push(file);
  }
  return applied;
}

export async function loadSupabaseSchema(client: pg.Client): Promise<string[]> {
  if (!(await hasShim(client))) await client.query(read('local/supabaseShim.sql'));
  const applied = await applyMigrations(client);
  await client.query(read('seed.sql'));
  return applied;
}
