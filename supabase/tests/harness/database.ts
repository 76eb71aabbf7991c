import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { templateDatabase } from './globalSetup.ts';

/*
 * A test file's own database, copied from the migrated template, and requests made the way
 * PostgREST makes them: connected as `authenticator`, then in one transaction `set local role` to
 * the JWT's role and the claims in `request.jwt.claims`.
 */

export type Role = 'anon' | 'authenticated' | 'service_role';
export interface Caller {
  role: Role;
  /** The user id (JWT `sub`), for signed-in callers. */
  sub?: string;
}

export interface TestDatabase {
  name: string;
  /** As the database owner (postgres): fixtures and inspection, bypassing row-level security. */
  owner: pg.Pool;
  /** One API request as `caller`; rolled back when `rollback` is set (matrix probes). */
  request<T extends pg.QueryResultRow = pg.QueryResultRow>(
    caller: Caller,
    sql: string,
    params?: unknown[],
    options?: { rollback?: boolean; prepare?: string },
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
    async request(caller, sql, params = [], options = {}) {
      // A probe that needs its own fixture rows writes them as the owner in the same transaction
      // (undone with it), then switches role exactly as the API would.
      const client = await (options.prepare ? owner : api).connect();
      try {
        await client.query('begin');
        if (options.prepare) await client.query(options.prepare);
        await client.query(`set local role ${caller.role}`);
        const claims = { role: caller.role, ...(caller.sub ? { sub: caller.sub } : {}) };
        await client.query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify(claims)]);
        const result = await client.query(sql, params);
        await client.query(options.rollback ? 'rollback' : 'commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await api.end();
      await owner.end();
    },
  };
}
