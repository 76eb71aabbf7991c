import type { TestProject } from 'vitest/node';
import { startThrowawayPostgres } from '../../../scripts/testdb/throwawayPostgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** postgres://…:port (no database): each test file creates its own database on it. */
    postgresUrl: string;
  }
}

/** One throwaway PostgreSQL cluster for the Postgres run of the CMS integration tests. */
export default async function setup(project: TestProject) {
  const cluster = await startThrowawayPostgres();
  project.provide('postgresUrl', cluster.url('').replace(/\/$/, ''));
  return () => cluster.stop();
}
