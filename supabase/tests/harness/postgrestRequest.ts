import type pg from 'pg';

/*
 * One API request made the way PostgREST makes it: on a connection as `authenticator`, in one
 * transaction, `set local role` to the JWT's role and the claims in `request.jwt.claims`.
 */

export type Role = 'anon' | 'authenticated' | 'service_role';
export interface Caller {
  role: Role;
  /** The user id (JWT `sub`), for signed-in callers. */
  sub?: string;
}

export interface RequestOptions {
  /** Undo the request's changes (the RLS matrix's probes). */
  rollback?: boolean;
  /** SQL run first, as the connection's own role, in the same transaction. */
  prepare?: string;
}

export async function requestAs<T extends pg.QueryResultRow>(
  pool: pg.Pool,
  caller: Caller,
  sql: string,
  params: unknown[] = [],
  options: RequestOptions = {},
): Promise<pg.QueryResult<T>> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    if (options.prepare) await client.query(options.prepare);
    await client.query(`set local role ${caller.role}`);
    const claims = { role: caller.role, ...(caller.sub ? { sub: caller.sub } : {}) };
    await client.query(`select set_config('request.jwt.claims', $1, true)`, [JSON.stringify(claims)]);
    const result = await client.query<T>(sql, params);
    await client.query(options.rollback ? 'rollback' : 'commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
