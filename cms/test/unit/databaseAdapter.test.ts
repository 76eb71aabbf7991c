import { describe, expect, it } from 'vitest';
import { databaseAdapter, databaseKind, sqliteUrl } from '../../src/db/adapter.ts';
import { cmsDir } from '../../src/paths.ts';

describe('choosing the database from DATABASE_URI', () => {
  it.each([
    ['file:./data/x.db', 'sqlite'],
    ['postgres://u:p@127.0.0.1:5432/cms', 'postgres'],
    ['postgresql://127.0.0.1/cms', 'postgres'],
    ['mongodb://127.0.0.1:27017/cms', 'mongodb'],
    ['mongodb+srv://cluster.example/cms', 'mongodb'],
  ])('%s → %s', (uri, kind) => {
    expect(databaseKind(uri)).toBe(kind);
  });

  it('rejects other schemes with a clear error that hides the password', () => {
    expect(() => databaseKind('mysql://admin:hunter2@db/cms')).toThrow(/ikke understøttet/);
    expect(() => databaseKind('mysql://admin:hunter2@db/cms')).toThrow(/mysql:\/\/\*\*\*@db\/cms/);
    expect(() => databaseKind('mysql://admin:hunter2@db/cms')).not.toThrow(/hunter2/);
  });

  it('reads a relative SQLite path from cms/, whatever the working folder', () => {
    expect(sqliteUrl('file:./data/x.db')).toBe(`file:${cmsDir}data/x.db`);
    expect(sqliteUrl('file:/tmp/x.db')).toBe('file:/tmp/x.db');
  });

  it('builds the matching Payload adapter', () => {
    expect(databaseAdapter('file:/tmp/x.db').name).toBe('sqlite');
    expect(databaseAdapter('postgres://127.0.0.1/cms').name).toBe('postgres');
    expect(databaseAdapter('mongodb://127.0.0.1/cms').name).toBe('mongoose');
  });
});
