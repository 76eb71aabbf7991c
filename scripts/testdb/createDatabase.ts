import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Creates an empty database on a throwaway cluster (`clusterUrl` has no database) and returns its URL. */
export async function createDatabase(clusterUrl: string, prefix = 'cms'): Promise<string> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: `${clusterUrl}/postgres` });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  return `${clusterUrl}/${name}`;
}
