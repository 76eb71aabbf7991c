import type pg from 'pg';

/*
 * Users as Supabase Auth returns them (`GET /user`, and inside a session): the columns of
 * auth.users in its JSON shape. Role and municipality are not here: they live in `profiles`,
 * set by an administrator, and the database reads them from there (never from the client).
 */

export type UserRow = {
  id: string;
  email: string;
  raw_user_meta_data: Record<string, unknown>;
  raw_app_meta_data: Record<string, unknown>;
  email_confirmed_at: Date | null;
  confirmation_sent_at: Date | null;
  recovery_sent_at: Date | null;
  last_sign_in_at: Date | null;
  created_at: Date;
  updated_at: Date;
};

const columns =
  'id, email, raw_user_meta_data, raw_app_meta_data, email_confirmed_at, confirmation_sent_at, recovery_sent_at, last_sign_in_at, created_at, updated_at';

export async function userByEmail(db: pg.Pool | pg.PoolClient, email: string): Promise<UserRow | undefined> {
  const { rows } = await db.query<UserRow>(`select ${columns} from auth.users where lower(email) = $1`, [email]);
  return rows[0];
}

export async function userById(db: pg.Pool | pg.PoolClient, id: string): Promise<UserRow | undefined> {
  const { rows } = await db.query<UserRow>(`select ${columns} from auth.users where id = $1`, [id]);
  return rows[0];
}

/** A new person, unconfirmed until their first code is checked. `data` becomes user metadata. */
export async function createUser(
  db: pg.Pool | pg.PoolClient,
  email: string,
  data: Record<string, unknown>,
): Promise<UserRow> {
  const { rows } = await db.query<UserRow>(
    `insert into auth.users (email, raw_user_meta_data) values ($1, $2) returning ${columns}`,
    [email, data],
  );
  return rows[0] as UserRow;
}

const time = (value: Date | null) => value?.toISOString() ?? undefined;

export function userJson(user: UserRow): Record<string, unknown> {
  const verified = user.email_confirmed_at !== null;
  return {
    id: user.id,
    aud: 'authenticated',
    role: 'authenticated',
    email: user.email,
    email_confirmed_at: time(user.email_confirmed_at),
    phone: '',
    confirmation_sent_at: time(user.confirmation_sent_at),
    recovery_sent_at: time(user.recovery_sent_at),
    confirmed_at: time(user.email_confirmed_at),
    last_sign_in_at: time(user.last_sign_in_at),
    app_metadata: user.raw_app_meta_data,
    user_metadata: user.raw_user_meta_data,
    identities: [
      {
        identity_id: user.id,
        id: user.id,
        user_id: user.id,
        identity_data: { email: user.email, email_verified: verified, phone_verified: false, sub: user.id },
        provider: 'email',
        last_sign_in_at: time(user.last_sign_in_at),
        created_at: user.created_at.toISOString(),
        updated_at: user.updated_at.toISOString(),
        email: user.email,
      },
    ],
    created_at: user.created_at.toISOString(),
    updated_at: user.updated_at.toISOString(),
    is_anonymous: false,
  };
}
