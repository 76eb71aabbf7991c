import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sqliteAdapter } from '@payloadcms/db-sqlite';
import { buildConfig, type Config, getPayload, type Payload } from 'payload';
import { cmsConfig } from '../../src/config.ts';

export type ThrowawayCms = { payload: Payload; dir: string; close: () => Promise<void> };

/**
 * The real CMS config on a fresh SQLite file in a temp folder, removed again by close().
 * `adjust` changes the config first (to prove a test notices a weakened rule).
 */
export async function throwawayCms(adjust: (config: Config) => Config = (config) => config): Promise<ThrowawayCms> {
  const dir = mkdtempSync(join(tmpdir(), 'sundhed-cms-'));
  // Payload skips the dev schema push when the schema equals the last one pushed in this process,
  // even onto a new, empty database file: force it, or a second throwaway CMS has no tables.
  process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true';
  const config = await buildConfig(
    adjust({
      ...cmsConfig({
        secret: randomBytes(32).toString('hex'),
        db: sqliteAdapter({ client: { url: `file:${join(dir, 'cms.db')}` }, push: true }),
      }),
      // Refusals are what the access tests provoke; logging each one would bury real failures.
      logger: { options: { level: 'silent' } },
    }),
  );
  const payload = await getPayload({ config, key: dir });
  return {
    payload,
    dir,
    close: async () => {
      await payload.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
