import { afterAll, beforeAll } from 'vitest';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { createWorld, type World } from './fixtures.ts';

/**
 * A test file's own database with the small world of fixtures in it, made before its tests and
 * closed after them. Read `db` and `world` inside tests (they are set in `beforeAll`).
 */
export function worldPerFile(options: Parameters<typeof createTestDatabase>[0] = {}) {
  const context = {} as { db: TestDatabase; world: World };
  beforeAll(async () => {
    context.db = await createTestDatabase(options);
    context.world = await createWorld(context.db.owner);
  });
  afterAll(async () => context.db?.close());
  return context;
}
