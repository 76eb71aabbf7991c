import { buildConfig, getPayload } from 'payload';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../../scripts/testdb/freePort.ts';
import { cmsConfig } from '../../src/config.ts';
import { databaseAdapter, mongoServerSelectionTimeoutMs } from '../../src/db/adapter.ts';

describe('MongoDB chosen but not running', () => {
  it(
    'stops start-up with a clear error after the short server-selection timeout',
    async () => {
      const uri = `mongodb://127.0.0.1:${await freePort()}/sundhedscenter`;
      const config = await buildConfig(cmsConfig({ secret: 'x'.repeat(40), db: databaseAdapter(uri) }));
      await expect(getPayload({ config, key: uri })).rejects.toThrow(/cannot connect to MongoDB/);
    },
    mongoServerSelectionTimeoutMs + 10_000,
  );
});
