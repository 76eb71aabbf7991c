import { handleEndpoints } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture, password } from './access/fixture.ts';
import { type ThrowawayCms, throwawayCms } from './throwawayCms.ts';

/*
 * Roles live on the user record, so the user record must not be a way to raise one's own rights:
 * a member may change their name and password, never their memberships or admin flag, and sees
 * no other user's record.
 */

let cms: ThrowawayCms;
let fixture: Fixture;

async function rest(email: string, method: string, path: string, body?: unknown) {
  const { token } = await cms.payload.login({ collection: 'users', data: { email, password } });
  const request = new Request(`http://127.0.0.1/api${path}`, {
    method,
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return handleEndpoints({ config: cms.payload.config, request, payloadInstanceCacheKey: cms.dir });
}

async function userByEmail(email: string) {
  const { docs } = await cms.payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 });
  const user = docs[0];
  if (!user) throw new Error(`no user ${email}`);
  return user;
}

beforeAll(async () => {
  cms = await throwawayCms();
  fixture = await createFixture(cms.payload);
});
afterAll(async () => cms.close());

describe('a user cannot raise their own rights', () => {
  it('ignores a member setting platformAdmin or memberships on their own record, keeps their name change', async () => {
    const editor = await userByEmail('editor@matrix.test');
    await rest('editor@matrix.test', 'PATCH', `/users/${editor.id}`, {
      name: 'Ny Navn',
      platformAdmin: true,
      memberships: [{ organisation: fixture.organisations.stranger, role: 'editor' }],
    });
    const after = await userByEmail('editor@matrix.test');
    expect(after.name).toBe('Ny Navn');
    expect(after.platformAdmin).toBe(false);
    expect(after.memberships?.map((membership) => [membership.organisation, membership.role])).toEqual([
      [fixture.organisations.home, 'editor'],
    ]);
  });

  it('refuses to create users or edit other users, and shows no other user', async () => {
    const admin = await userByEmail('admin@matrix.test');
    expect(
      (await rest('editor@matrix.test', 'PATCH', `/users/${admin.id}`, { name: 'Overtaget' })).status,
    ).toBeGreaterThanOrEqual(400);
    expect(
      (await rest('editor@matrix.test', 'POST', '/users', { email: 'ny@matrix.test', password, platformAdmin: true }))
        .status,
    ).toBe(403);
    const list = (await (await rest('editor@matrix.test', 'GET', '/users?limit=100&depth=0')).json()) as {
      docs: { email: string }[];
    };
    expect(list.docs.map((user) => user.email)).toEqual(['editor@matrix.test']);
    expect((await userByEmail('admin@matrix.test')).name).not.toBe('Overtaget');
  });
});
