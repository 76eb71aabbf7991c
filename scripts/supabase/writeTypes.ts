import { writeFileSync } from 'node:fs';
import pg from 'pg';
import { loadSupabaseSchema } from '../backend/supabaseSchema.ts';
import { startThrowawayPostgres } from '../testdb/throwawayPostgres.ts';
import { databaseTypes } from './databaseTypes.ts';

/* `npm run supabase:types`: migrates a throwaway Postgres and writes supabase/src/database.types.ts. */
const cluster = await startThrowawayPostgres();
try {
  const client = new pg.Client({ connectionString: cluster.url('postgres') });
  await client.connect();
  await loadSupabaseSchema(client);
  const target = new URL('../../supabase/src/database.types.ts', import.meta.url);
  writeFileSync(target, await databaseTypes(client));
  await client.end();
  console.log(`wrote ${target.pathname}`);
} finally {
  cluster.stop();
}
