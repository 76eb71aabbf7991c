import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { templateDatabase } from './globalSetup.ts';
import { type Caller, type RequestOptions, requestAs } from './postgrestRequest.ts';

export type { Caller, Role } from './postgrestRequest.ts';

/* A test file's own database, copied from the migrated template. */

export interface TestDatabase {
  name: string;
  /** As the database owner (postgres): fixtures and inspection, bypassing row-level security. */
  owner: pg.Pool;
  /** One API request as `caller`, the way PostgREST makes it. */
  request<T extends pg.QueryResultRow = pg.QueryResultRow>(
    caller: Caller,
    sql: string,
    params?: unknown[],
    options?: RequestOptions,
  ): Promise<pg.QueryResult<T>>;
  close(): Promise<void>;
}

/** `apiConnections`: how many requests run at once (PostgREST's pool); 200 for the concurrency tests. */
export async function createTestDatabase({ apiConnections = 20 } = {}): Promise<TestDatabase> {
  const cluster = inject('supabaseClusterUrl');
  const name = `t_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: `${cluster}/postgres` });
  await admin.connect();
  await admin.query(`create database ${name} template ${templateDatabase}`);
  await admin.end();
  const owner = new pg.Pool({ connectionString: `${cluster}/${name}`, max: 4 });
  const api = new pg.Pool({
    connectionString: `${cluster.replace('postgres@', 'authenticator@')}/${name}`,
    max: apiConnections,
  });
  return {
    name,
    owner,
    // A probe with its own fixture rows writes them as the owner in the same transaction (undone
    // with it), then switches role exactly as the API would.
    request: (caller, sql, params = [], options = {}) =>
      requestAs(options.prepare ? owner : api, caller, sql, params, options),
    async close() {
      await api.end();
      await owner.end();
    },
  };
}
