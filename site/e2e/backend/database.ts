import { readFileSync } from 'node:fs';
import pg from 'pg';
import { e2eStateFile } from './ports.ts';

/*
 * The e2e backend's database as its owner, for tests that need rows the demo lacks (a webinar with
 * one seat, one starting in ten minutes). Only the throwaway database Playwright started.
 */

export async function asOwner<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const { ownerUrl } = JSON.parse(readFileSync(e2eStateFile, 'utf8')) as { ownerUrl: string };
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
