import { createServer } from 'node:net';
import { buildConfig, getPayload } from 'payload';
import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../../src/config.ts';
import { databaseAdapter, mongoServerSelectionTimeoutMs } from '../../src/db/adapter.ts';

/** A loopback port that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== 'object' || !address) throw new Error('no port');
  return address.port;
}

describe('MongoDB chosen but not running', () => {
  it(
    'stops start-up with a clear error after the short server-selection timeout',
    async () => {
      const uri = `mongodb://127.0.0.1:${await closedPort()}/sundhedscenter`;
      const config = await buildConfig(cmsConfig({ secret: 'x'.repeat(40), db: databaseAdapter(uri) }));
      await expect(getPayload({ config, key: uri })).rejects.toThrow(/cannot connect to MongoDB/);
    },
    mongoServerSelectionTimeoutMs + 10_000,
  );
});
