import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import type pg from 'pg';

/*
 * Sign-in codes: a new random code replaces the person's previous one; it is stored as a hash of
 * address and code (as Supabase Auth does), works once, for `otpExpiry` seconds, and is voided
 * after `maxFailedCodes` wrong tries for that address, so guessing needs a fresh mail each time.
 */

export type CodeKind = 'confirmation' | 'magic_link';

const hashOf = (email: string, code: string) => createHash('sha256').update(`${email}${code}`).digest('hex');

export function newCode(length: number): string {
  return Array.from({ length }, () => randomInt(10)).join('');
}

export async function storeCode(db: pg.PoolClient, userId: string, email: string, code: string, kind: CodeKind) {
  await db.query(
    `insert into auth.one_time_tokens (user_id, kind, token_hash) values ($1, $2, $3)
     on conflict (user_id) do update set kind = excluded.kind, token_hash = excluded.token_hash,
       created_at = now(), failed_attempts = 0`,
    [userId, kind, hashOf(email, code)],
  );
}

export type CodeCheck = { ok: true; kind: CodeKind } | { ok: false };

/** Checks and, when right, uses up the code. Must run inside the caller's transaction. */
export async function useCode(
  db: pg.PoolClient,
  userId: string,
  email: string,
  code: string,
  { otpExpiry, maxFailedCodes }: { otpExpiry: number; maxFailedCodes: number },
): Promise<CodeCheck> {
  const { rows } = await db.query<{ kind: CodeKind; token_hash: string; expired: boolean }>(
    `select kind, token_hash, created_at < now() - make_interval(secs => $2) as expired
     from auth.one_time_tokens where user_id = $1 for update`,
    [userId, otpExpiry],
  );
  const stored = rows[0];
  if (!stored) return { ok: false };
  const given = Buffer.from(hashOf(email, code));
  const right = given.length === stored.token_hash.length && timingSafeEqual(given, Buffer.from(stored.token_hash));
  if (right && !stored.expired) {
    await db.query('delete from auth.one_time_tokens where user_id = $1', [userId]);
    return { ok: true, kind: stored.kind };
  }
  const { rows: tried } = await db.query<{ failed_attempts: number }>(
    'update auth.one_time_tokens set failed_attempts = failed_attempts + 1 where user_id = $1 returning failed_attempts',
    [userId],
  );
  if ((tried[0]?.failed_attempts ?? 0) >= maxFailedCodes) {
    await db.query('delete from auth.one_time_tokens where user_id = $1', [userId]);
  }
  return { ok: false };
}
