import { describe, expect, it } from 'vitest';
import { worldPerFile } from './harness/worldPerFile.ts';

/*
 * Notices by e-mail, queued in the database: a seat from the waitlist, reminders a day and an hour
 * before a webinar; sent only to confirmed addresses and only the kinds a person wants; never twice;
 * put back when the mail could not go; the queue closed to everyone but the service role.
 */

const file = worldPerFile();
type Claimed = { id: string; kind: string; email: string };

const claim = async () =>
  (await file.db.request<Claimed>(file.world.callers.service, 'select * from public.claim_notifications(50)')).rows;
const confirm = (id: string) =>
  file.db.owner.query('update auth.users set email_confirmed_at = now() where id = $1', [id]);
const emailOf = async (id: string) =>
  (await file.db.owner.query<{ email: string }>('select email from auth.users where id = $1', [id])).rows[0]?.email;

describe('notices by e-mail', () => {
  it('tells a waiting citizen who gets a seat, once, and only at a confirmed address', async () => {
    const { ids, callers } = file.world;
    await file.db.owner.query('update public.webinar_sessions set capacity = 1 where id = $1', [ids.openSession]);
    await file.db.request(callers.citizenC, 'select public.register_for_session($1)', [ids.openSession]);
    await file.db.request(callers.citizenA, 'select public.cancel_registration($1)', [ids.openSession]);
    // Citizen C has not confirmed an address yet: the notice is handled, nothing is sent, ever.
    expect(await claim()).toEqual([]);
    await confirm(ids.citizenC);
    expect(await claim()).toEqual([]);

    // Again, confirmed: A waits, C leaves, A is told.
    await confirm(ids.citizenA);
    await file.db.request(callers.citizenA, 'select public.register_for_session($1)', [ids.openSession]);
    await file.db.request(callers.citizenC, 'select public.cancel_registration($1)', [ids.openSession]);
    expect(await claim()).toEqual([
      { id: expect.any(String), kind: 'seat_granted', email: await emailOf(ids.citizenA) },
    ]);
    expect(await claim()).toEqual([]);
  });

  it('queues reminders a day and an hour before, never twice, and respects a person’s choice', async () => {
    const { ids, callers } = file.world;
    const startIn = (minutes: number) =>
      file.db.owner.query(
        `update public.webinar_sessions set starts_at = now() + make_interval(mins => $2),
           ends_at = now() + make_interval(mins => $2 + 60) where id = $1`,
        [ids.openSession, minutes],
      );
    const queue = async () =>
      (await file.db.request<{ n: number }>(callers.service, 'select public.queue_due_reminders() as n')).rows[0]?.n;
    await startIn(23 * 60 + 30);
    expect(await queue()).toBe(1);
    expect(await queue()).toBe(0);
    expect((await claim()).map(({ kind }) => kind)).toEqual(['webinar_tomorrow']);
    await startIn(30);
    expect(await queue()).toBe(1);
    // Citizen A turns webinar e-mails off: the reminder is handled and not sent.
    await file.db.request(
      callers.citizenA,
      'insert into public.notification_choices (profile_id, webinars) values (auth.uid(), false)',
    );
    expect(await claim()).toEqual([]);
  });

  it('puts a notice back when its mail could not go', async () => {
    const { ids } = file.world;
    await file.db.owner.query(
      `insert into public.notifications (profile_id, kind, session_id) values ($1, 'seat_granted', $2)`,
      [ids.citizenC, ids.cohortSession],
    );
    const [first] = await claim();
    expect(first?.kind).toBe('seat_granted');
    await file.db.request(file.world.callers.service, 'select public.release_notifications($1)', [[first?.id]]);
    expect((await claim()).map(({ id }) => id)).toEqual([first?.id]);
  });

  it('keeps the queue from everyone but the service role, and a person’s choices from others', async () => {
    const { callers, ids } = file.world;
    for (const caller of [callers.anon, callers.citizenA, callers.proIn, callers.admin]) {
      await expect(file.db.request(caller, 'select * from public.notifications')).rejects.toThrow(/permission denied/);
      await expect(file.db.request(caller, 'select * from public.claim_notifications(1)')).rejects.toThrow(
        /permission denied/,
      );
    }
    const seen = await file.db.request(callers.citizenC, 'select profile_id from public.notification_choices');
    expect(seen.rows).toEqual([]);
    await expect(
      file.db.request(callers.citizenC, 'insert into public.notification_choices (profile_id) values ($1)', [
        ids.citizenA,
      ]),
    ).rejects.toThrow(/row-level security/);
    await expect(file.db.request(callers.service, 'select * from public.claim_notifications(0)')).rejects.toThrow(
      /batch must be between 1 and 500/,
    );
  });
});
