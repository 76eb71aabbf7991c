import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { databaseTypes } from '../../scripts/supabase/databaseTypes.ts';
import { createTestDatabase, type TestDatabase } from './harness/database.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => db.close());

it('supabase/src/database.types.ts matches the migrations (run `npm run supabase:types` after changing them)', async () => {
  const committed = readFileSync(new URL('../src/database.types.ts', import.meta.url), 'utf8');
  expect(committed).toBe(await databaseTypes(db.owner));
});
