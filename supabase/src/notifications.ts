import type { SundhedClient } from './client.ts';
import { unwrap } from './errors.ts';

/*
 * The e-mail notice queue, for the scheduled function that sends it (service role only): queue the
 * reminders that are due, claim the next notices with their confirmed address, and put back those
 * whose mail could not go. A notice carries a kind, never text.
 */

const noticeKinds = [
  'seat_granted',
  'webinar_tomorrow',
  'webinar_soon',
  'new_message',
  'webinar_cancelled',
  'appointment_cancelled',
] as const;
export type NoticeKind = (typeof noticeKinds)[number];
/** A notice to send: by e-mail where the address is confirmed, and to the person's push browsers. */
export type Notice = { id: number; kind: NoticeKind; email: string | null };
/** A browser to push a notice to (its push service's address and the keys that encrypt for it). */
export type PushTarget = { noticeId: number; kind: NoticeKind; endpoint: string; p256dh: string; auth: string };

const kinds = new Set<string>(noticeKinds);

export function notificationsAdapter(client: SundhedClient) {
  return {
    /** How many reminders were queued now. */
    async queueDueReminders(): Promise<number> {
      return unwrap(await client.rpc('queue_due_reminders'));
    },
    async claim(batch = 50): Promise<Notice[]> {
      const rows = unwrap(await client.rpc('claim_notifications', { batch }));
      return rows.flatMap((row) =>
        row.id !== null && row.kind && kinds.has(row.kind)
          ? [{ id: Number(row.id), kind: row.kind as NoticeKind, email: row.email || null }]
          : [],
      );
    },
    /** The push browsers of the notices given, for the kinds each person wants. */
    async pushTargets(ids: number[]): Promise<PushTarget[]> {
      if (!ids.length) return [];
      const rows = unwrap(await client.rpc('push_targets', { notices: ids }));
      return rows.flatMap((row) =>
        row.notice_id !== null && row.kind && kinds.has(row.kind) && row.endpoint && row.p256dh && row.auth
          ? [
              {
                noticeId: Number(row.notice_id),
                kind: row.kind as NoticeKind,
                endpoint: row.endpoint,
                p256dh: row.p256dh,
                auth: row.auth,
              },
            ]
          : [],
      );
    },
    /** The push service said the browser's subscription is gone. */
    async forgetPushSubscription(endpoint: string): Promise<void> {
      unwrap(await client.rpc('forget_push_subscription', { endpoint }));
    },
    async release(ids: number[]): Promise<void> {
      if (ids.length) unwrap(await client.rpc('release_notifications', { ids }));
    },
  };
}
