import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { worldPerFile } from './harness/worldPerFile.ts';

/*
 * A sign-in through MitID must leave no CPR number behind (README, "MitID"): whatever a provider
 * puts in the account's metadata, the database keeps no key that names a CPR number and no value
 * shaped like one, on sign-up and on every later update.
 */

const file = worldPerFile();

const metadataOf = async (id: string) =>
  (
    await file.db.owner.query<{ meta: Record<string, unknown> }>(
      'select raw_user_meta_data as meta from auth.users where id = $1',
      [id],
    )
  ).rows[0]?.meta;

describe('accounts keep no CPR number', () => {
  it('strips CPR claims from a new account, and keeps the rest', async () => {
    const id = randomUUID();
    await file.db.owner.query('insert into auth.users (id, email, raw_user_meta_data) values ($1, $2, $3)', [
      id,
      `${id}@example.test`,
      {
        display_name: 'Hanne',
        'https://data.gov.dk/model/core/eid/cprNumber': '0101701234',
        cpr: '010170-1234',
        cprUuid: 'e7a6f1c2-0000-4000-8000-000000000000',
        sub: '010170-1234',
        loa: 'https://data.gov.dk/concept/core/nsis/loa/Substantial',
      },
    ]);
    expect(await metadataOf(id)).toEqual({
      display_name: 'Hanne',
      loa: 'https://data.gov.dk/concept/core/nsis/loa/Substantial',
    });
    // The profile was made from the cleaned metadata.
    const { rows } = await file.db.owner.query('select display_name from public.profiles where id = $1', [id]);
    expect(rows).toEqual([{ display_name: 'Hanne' }]);
  });

  it('strips them at any depth, as Supabase files unknown OIDC claims under custom_claims, and as numbers', async () => {
    const id = randomUUID();
    await file.db.owner.query('insert into auth.users (id, email, raw_user_meta_data) values ($1, $2, $3)', [
      id,
      `${id}@example.test`,
      {
        custom_claims: {
          'dk:gov:saml:attribute:CprNumberIdentifier': '0101701234',
          nickname: 'Hanne',
          ids: ['1201701234', 'x'],
        },
        birth: 101701234,
      },
    ]);
    expect(await metadataOf(id)).toEqual({ custom_claims: { nickname: 'Hanne', ids: ['x'] } });
  });

  it('strips them when Supabase Auth writes the account as its own role, which cannot reach private', async () => {
    // GoTrue writes auth.users as supabase_auth_admin; here a role with no access to `private` stands in.
    await file.db.owner.query(`do $$ begin
        if not exists (select 1 from pg_roles where rolname = 'auth_writer_test') then create role auth_writer_test nologin; end if;
      end $$`);
    await file.db.owner.query(
      'grant usage on schema auth to auth_writer_test; grant insert, select on auth.users to auth_writer_test',
    );
    const id = randomUUID();
    const client = await file.db.owner.connect();
    try {
      await client.query('begin');
      await client.query('set local role auth_writer_test');
      await client.query('insert into auth.users (id, email, raw_user_meta_data) values ($1, $2, $3)', [
        id,
        `${id}@example.test`,
        { cpr: '0101701234', display_name: 'Ib' },
      ]);
      await client.query('commit');
    } finally {
      client.release();
    }
    expect(await metadataOf(id)).toEqual({ display_name: 'Ib' });
  });

  it('strips them on later updates too, and leaves numbers that are not CPR-shaped', async () => {
    const id = file.world.ids.citizenA;
    await file.db.owner.query(`update auth.users set raw_user_meta_data = raw_user_meta_data || $2 where id = $1`, [
      id,
      { CPR_NUMMER: '3112999999', phone_digits: '12345678', year: 1970 },
    ]);
    const meta = await metadataOf(id);
    expect(meta).not.toHaveProperty('CPR_NUMMER');
    expect(meta).toMatchObject({ phone_digits: '12345678', year: 1970 });
  });
});
