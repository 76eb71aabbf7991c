import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cmsDir } from '../../cms/src/paths.ts';
import { createDatabase } from '../testdb/createDatabase.ts';
import { startThrowawayPostgres } from '../testdb/throwawayPostgres.ts';

/*
 * `npm run migrations:create -- <name>`: one migration per SQL adapter for the current collection
 * config. Each adapter gets a throwaway database, brought up to date by the committed migrations
 * first, so the new migration holds only what changed.
 */

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Brug: npm run migrations:create -- <navn> (små bogstaver, tal og _)');
  process.exit(2);
}

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  PAYLOAD_SECRET: 'migration-only-secret-'.repeat(2),
};
const payloadCli = (databaseUri: string, ...args: string[]) =>
  execFileSync('npx', ['payload', ...args], {
    cwd: cmsDir,
    env: { ...env, DATABASE_URI: databaseUri },
    stdio: 'inherit',
  });

const dir = mkdtempSync(join(tmpdir(), 'sundhed-migrations-'));
const cluster = await startThrowawayPostgres();
try {
  for (const uri of [`file:${join(dir, 'cms.db')}`, await createDatabase(cluster.url('').replace(/\/$/, ''))]) {
    payloadCli(uri, 'migrate');
    payloadCli(uri, 'migrate:create', name);
  }
  console.log('Husk: ret `import { MigrateUpArgs, ... }` til type-imports i de nye filer.');
} finally {
  cluster.stop();
  rmSync(dir, { recursive: true, force: true });
}
