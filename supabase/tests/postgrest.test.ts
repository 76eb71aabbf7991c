import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { newJwtSecret, signJwt } from '../../scripts/backend/jwt.ts';
import { type Postgrest, startPostgrest } from '../../scripts/backend/postgrest.ts';
import { freePort } from '../../scripts/testdb/freePort.ts';
import { worldPerFile } from './harness/worldPerFile.ts';

/*
 * The real PostgREST in front of a test database, asked as a browser asks: the same row-level
 * security as the SQL tests, reached over HTTP with the JWTs Supabase issues.
 */

const file = worldPerFile();
const secret = newJwtSecret();
let api: Postgrest;

beforeAll(async () => {
  const cluster = inject('supabaseClusterUrl').replace('postgres@', 'authenticator@');
  api = await startPostgrest({ dbUri: `${cluster}/${file.db.name}`, port: await freePort(), jwtSecret: secret });
});
afterAll(() => api?.stop());

const as = (claims?: Record<string, unknown>) =>
  claims ? { Authorization: `Bearer ${signJwt({ ...claims, exp: Math.floor(Date.now() / 1000) + 600 }, secret)}` } : {};

describe('PostgREST', () => {
  it('serves the public catalogue to anyone, and nothing private', async () => {
    const lessons = await fetch(`${api.url}/lessons?select=id&id=eq.${file.world.lesson}`);
    expect(await lessons.json()).toEqual([{ id: file.world.lesson }]);
    const progress = await fetch(`${api.url}/progress?select=lesson_id`);
    expect(progress.status).toBe(401);
  });

  it("answers a signed-in citizen's call with their own data only, under row-level security", async () => {
    const citizen = as({ role: 'authenticated', sub: file.world.ids.citizenA });
    const data = await fetch(`${api.url}/rpc/export_my_data`, { method: 'POST', headers: citizen });
    expect(data.status).toBe(200);
    expect(((await data.json()) as { profile: { display_name: string } }).profile.display_name).toBe('Anna');
    const others = await fetch(`${api.url}/progress?select=user_id`, { headers: citizen });
    expect(
      ((await others.json()) as { user_id: string }[]).every(({ user_id }) => user_id === file.world.ids.citizenA),
    ).toBe(true);
  });

  it('refuses a token signed with another secret, and turns a refusal into its SQLSTATE', async () => {
    const forged = signJwt({ role: 'service_role', exp: Math.floor(Date.now() / 1000) + 600 }, newJwtSecret());
    const refused = await fetch(`${api.url}/progress`, { headers: { Authorization: `Bearer ${forged}` } });
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { code: string }).code).toBe('PGRST301');
    const tooMany = await fetch(`${api.url}/rpc/send_message`, {
      method: 'POST',
      headers: { ...as({ role: 'authenticated', sub: file.world.ids.citizenA }), 'Content-Type': 'application/json' },
      body: JSON.stringify({ thread: file.world.ids.thread, message: 'x'.repeat(4001) }),
    });
    expect(tooMany.status).toBe(400);
    expect(((await tooMany.json()) as { code: string }).code).toBe('22001');
  });
});
