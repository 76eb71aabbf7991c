import type { SundhedClient } from './client.ts';
import { unwrap } from './errors.ts';

/*
 * Sends the site's queued progress records (site/src/progress/outbox.ts) to the database, which
 * merges each with what it has by the same rule. Fits the outbox's `SendProgress`.
 */

export type ProgressRecord = {
  lesson: string;
  status: 'not attempted' | 'incomplete' | 'completed';
  location: string;
  suspendData: string;
  score: number | null;
  updatedAt: string;
};

export function progressAdapter(client: SundhedClient) {
  return {
    /**
     * The signed-in person's progress on every lesson, as the server has merged it from all devices.
     * Asked by their id as well as by row-level security, so a later rule that lets staff read
     * progress could never pour someone else's into this browser.
     */
    async mine(userId: string): Promise<ProgressRecord[]> {
      const rows = unwrap(
        await client
          .from('progress')
          .select('lesson_id, status, location, suspend_data, score, updated_at')
          .eq('user_id', userId),
      );
      return rows.map((row) => ({
        lesson: row.lesson_id,
        status: row.status,
        location: row.location,
        suspendData: row.suspend_data,
        score: row.score === null ? null : Number(row.score),
        updatedAt: new Date(row.updated_at).toISOString(),
      }));
    },
    async send(records: readonly ProgressRecord[]): Promise<void> {
      for (const record of records) {
        unwrap(
          await client.rpc('upsert_progress', {
            lesson: record.lesson,
            status: record.status,
            location: record.location,
            suspend_data: record.suspendData,
            score: record.score,
            updated_at: record.updatedAt,
          }),
        );
      }
    },
  };
}
