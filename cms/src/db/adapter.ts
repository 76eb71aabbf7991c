import { isAbsolute, resolve } from 'node:path';
import { mongooseAdapter } from '@payloadcms/db-mongodb';
import { postgresAdapter } from '@payloadcms/db-postgres';
import { sqliteAdapter } from '@payloadcms/db-sqlite';
import type { DatabaseAdapterObj } from 'payload';
import { ConfigError } from '../env.ts';
import { cmsDir, defaultDatabaseUri } from '../paths.ts';

/** Committed migrations, one folder per SQL adapter (their SQL differs). */
export const migrationDirs = {
  sqlite: `${cmsDir}src/migrations/sqlite`,
  postgres: `${cmsDir}src/migrations/postgres`,
};

/** Fail fast when no MongoDB answers, instead of the driver's 30 s default. */
export const mongoServerSelectionTimeoutMs = 5_000;

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb';

export function databaseKind(uri: string): DatabaseKind {
  if (uri.startsWith('file:')) return 'sqlite';
  if (uri.startsWith('postgres://') || uri.startsWith('postgresql://')) return 'postgres';
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) return 'mongodb';
  throw new ConfigError(
    `DATABASE_URI "${redact(uri)}" er ikke understøttet: brug file: (SQLite), postgres:// eller mongodb://.`,
  );
}

/** A relative `file:` path is taken from cms/, whatever folder the process started in. */
export function sqliteUrl(uri: string): string {
  const path = uri.slice('file:'.length);
  return isAbsolute(path) ? uri : `file:${resolve(cmsDir, path)}`;
}

export function databaseAdapter(uri = process.env.DATABASE_URI?.trim() || defaultDatabaseUri): DatabaseAdapterObj {
  switch (databaseKind(uri)) {
    case 'sqlite':
      // WAL and a busy timeout let the exporter read while the admin writes.
      return sqliteAdapter({
        client: { url: sqliteUrl(uri) },
        wal: true,
        busyTimeout: 5_000,
        migrationDir: migrationDirs.sqlite,
      });
    case 'postgres':
      return postgresAdapter({ pool: { connectionString: uri }, migrationDir: migrationDirs.postgres });
    case 'mongodb':
      return mongooseAdapter({
        url: uri,
        connectOptions: { serverSelectionTimeoutMS: mongoServerSelectionTimeoutMs },
      });
  }
}

function redact(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, '//***@');
}
