import { randomBytes } from 'node:crypto';
import { postgresAdapter } from '@payloadcms/db-postgres';
import { sqliteAdapter } from '@payloadcms/db-sqlite';
import { buildConfig, type Config, getPayload, type Migration, type Payload } from 'payload';
import { cmsConfig } from '../../cms/src/config.ts';
import { migrations as postgresMigrations } from '../../cms/src/migrations/postgres/index.ts';
import { migrations as sqliteMigrations } from '../../cms/src/migrations/sqlite/index.ts';

/*
 * The real CMS config on an empty database, built by the committed migrations with schema push
 * off: what tests and benchmarks run against. `url` is a `file:` path or a postgres:// database.
 */

export type SqlDatabase = { kind: 'sqlite' | 'postgres'; url: string };

export type CmsOptions = {
  /** Payload caches one instance per key and process. */
  cacheKey: string;
  mediaDir: string;
  /** Changes the config first, e.g. to prove a test notices a weakened rule. */
  adjust?: ((config: Config) => Config) | undefined;
};

export async function cmsOnDatabase(
  { kind, url }: SqlDatabase,
  { cacheKey, mediaDir, adjust = (config) => config }: CmsOptions,
): Promise<Payload> {
  const db =
    kind === 'sqlite'
      ? sqliteAdapter({ client: { url }, push: false })
      : postgresAdapter({ pool: { connectionString: url }, push: false });
  const config = await buildConfig(
    adjust({
      ...cmsConfig({ secret: randomBytes(32).toString('hex'), db, mediaDir }),
      // Refusals are what the access tests provoke; logging each one would bury real failures.
      logger: { options: { level: 'silent' } },
    }),
  );
  const payload = await getPayload({ config, key: cacheKey });
  // The generated migrations type their arguments per adapter; Payload's Migration type is generic.
  const migrations = (kind === 'sqlite' ? sqliteMigrations : postgresMigrations) as unknown as Migration[];
  await payload.db.migrate({ migrations });
  return payload;
}
