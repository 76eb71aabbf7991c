import type { SundhedClient } from './client.ts';
import { unwrap } from './errors.ts';

/*
 * The e-mail notice queue, for the scheduled function that sends it (service role only): queue the
 * reminders that are due, claim the next notices with their confirmed address, and put back those
 * whose mail could not go. A notice carries a kind, never text.
 */

const noticeKinds = ['seat_granted', 'webinar_tomorrow', 'webinar_soon', 'new_message'] as const;
export type NoticeKind = (typeof noticeKinds)[number];
export type Notice = { id: number; kind: NoticeKind; email: string };

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
        row.id !== null && row.email && row.kind && kinds.has(row.kind)
          ? [{ id: Number(row.id), kind: row.kind as NoticeKind, email: row.email }]
          : [],
      );
    },
    async release(ids: number[]): Promise<void> {
      if (ids.length) unwrap(await client.rpc('release_notifications', { ids }));
    },
  };
}
