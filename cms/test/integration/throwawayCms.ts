import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sqliteAdapter } from '@payloadcms/db-sqlite';
import { buildConfig, getPayload, type Payload } from 'payload';
import { cmsConfig } from '../../src/config.ts';

export type ThrowawayCms = { payload: Payload; dir: string; close: () => Promise<void> };

/** The real CMS config on a fresh SQLite file in a temp folder, removed again by close(). */
export async function throwawayCms(): Promise<ThrowawayCms> {
  const dir = mkdtempSync(join(tmpdir(), 'sundhed-cms-'));
  const config = await buildConfig(
    cmsConfig({
      secret: randomBytes(32).toString('hex'),
      db: sqliteAdapter({ client: { url: `file:${join(dir, 'cms.db')}` }, push: true }),
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
