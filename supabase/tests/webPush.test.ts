import { createECDH, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Caller } from './harness/database.ts';
import { expectSqlError } from './harness/sqlError.ts';
import { worldPerFile } from './harness/worldPerFile.ts';

/*
 * Push notices in the database: a browser's subscription saved for the signed-in person only, with
 * its keys checked; the notice function (service role) finds where to push each claimed notice,
 * for the kinds the person wants; a person with push but no confirmed address still gets notices.
 */

const file = worldPerFile();

const browserKeys = () => {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  return { p256dh: ecdh.getPublicKey().toString('base64url'), auth: randomBytes(16).toString('base64url') };
};
const save = (caller: Caller, endpoint: string, keys = browserKeys()) =>
  file.db.request(caller, 'select public.save_push_subscription($1, $2, $3)', [endpoint, keys.p256dh, keys.auth]);
const owners = async () =>
  Object.fromEntries(
    (
      await file.db.owner.query<{ endpoint: string; profile_id: string }>(
        'select endpoint, profile_id from public.push_subscriptions',
      )
    ).rows.map(({ endpoint, profile_id }) => [endpoint, profile_id]),
  );

describe('push subscriptions', () => {
  it("are saved for the signed-in person, seen by them alone, and a shared browser is the last person's", async () => {
    const { callers, ids } = file.world;
    await save(callers.citizenA, 'https://push.example/a');
    await save(callers.citizenB, 'https://push.example/b');
    expect((await owners())['https://push.example/a']).toBe(ids.citizenA);
    const seen = await file.db.request(callers.citizenA, 'select endpoint from public.push_subscriptions');
    expect(seen.rows).toEqual([{ endpoint: 'https://push.example/a' }]);
    // Bent turns push on in the browser Anna used.
    await save(callers.citizenB, 'https://push.example/a');
    expect((await owners())['https://push.example/a']).toBe(ids.citizenB);
    // Removing is one's own only.
    await file.db.request(callers.citizenA, 'select public.remove_push_subscription($1)', ['https://push.example/b']);
    expect((await owners())['https://push.example/b']).toBe(ids.citizenB);
    await file.db.request(callers.citizenB, 'select public.remove_push_subscription($1)', ['https://push.example/b']);
    expect((await owners())['https://push.example/b']).toBeUndefined();
  });

  it('refuses what is not a browser subscription, and anyone signed out', async () => {
    const { callers } = file.world;
    await expectSqlError(save(callers.citizenA, 'http://push.example/x'), '22023', 'https address');
    await expectSqlError(save(callers.citizenA, `https://push.example/${'x'.repeat(1000)}`), '22023', 'at most 1000');
    await expectSqlError(
      save(callers.citizenA, 'https://push.example/x', { p256dh: 'kort', auth: browserKeys().auth }),
      '22023',
      "the browser's keys",
    );
    await expectSqlError(
      save(callers.citizenA, 'https://push.example/x', { p256dh: browserKeys().p256dh, auth: '<script>' }),
      '22023',
      "the browser's keys",
    );
    await expectSqlError(save(callers.anon, 'https://push.example/x'), '42501', 'permission denied');
    for (const caller of [callers.citizenA, callers.anon]) {
      await expectSqlError(
        file.db.request(caller, 'select * from public.push_targets($1)', [[1]]),
        '42501',
        'permission denied',
      );
    }
  });

  it('keeps at most ten browsers a person, dropping the oldest', async () => {
    const { callers, ids } = file.world;
    for (let n = 0; n < 11; n += 1) await save(callers.citizenC, `https://push.example/c${n}`);
    const kept = Object.entries(await owners()).filter(([, owner]) => owner === ids.citizenC);
    expect(kept).toHaveLength(10);
    expect(kept.map(([endpoint]) => endpoint)).not.toContain('https://push.example/c0');
  });
});

describe('where the notice function pushes', () => {
  const claim = async () =>
    (
      await file.db.request<{ id: string; kind: string; email: string | null }>(
        file.world.callers.service,
        'select * from public.claim_notifications(50)',
      )
    ).rows;
  const targets = async (notices: string[]) =>
    (
      await file.db.request<{ kind: string; endpoint: string }>(
        file.world.callers.service,
        'select kind, endpoint from public.push_targets($1)',
        [notices],
      )
    ).rows;

  it('pushes an answer to every browser of the person, with no address needed, for the kinds they want', async () => {
    const { callers, ids } = file.world;
    await claim();
    await save(callers.citizenA, 'https://push.example/anna-phone');
    await save(callers.citizenA, 'https://push.example/anna-pc');
    // Anna has not confirmed an address: the notice is claimed for push, without one.
    await file.db.request(callers.proIn, 'select public.send_message($1, $2)', [ids.thread, 'Et svar']);
    const claimed = await claim();
    expect(claimed).toEqual([{ id: expect.any(String), kind: 'new_message', email: null }]);
    expect(await targets(claimed.map(({ id }) => id))).toEqual([
      { kind: 'new_message', endpoint: 'https://push.example/anna-pc' },
      { kind: 'new_message', endpoint: 'https://push.example/anna-phone' },
    ]);

    // Not wanted: no push, and the notice is not even claimed for mail.
    await file.db.request(
      callers.citizenA,
      'insert into public.notification_choices (profile_id, messages) values (auth.uid(), false)',
    );
    await file.db.request(callers.proIn, 'select public.send_message($1, $2)', [ids.thread, 'Endnu et svar']);
    expect(await claim()).toEqual([]);
  });

  it('forgets a browser the push service says is gone', async () => {
    const { callers } = file.world;
    await save(callers.citizenB, 'https://push.example/gone');
    await file.db.request(callers.service, 'select public.forget_push_subscription($1)', ['https://push.example/gone']);
    expect((await owners())['https://push.example/gone']).toBeUndefined();
  });
});
