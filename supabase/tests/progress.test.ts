import { describe, expect, it } from 'vitest';
import { mergeProgress, type ProgressRecord } from '../../site/src/progress/merge.ts';
import { progressRecord } from '../../site/test/progressRecord.ts';
import type { Caller } from './harness/database.ts';
import { createUser } from './harness/fixtures.ts';
import { expectSqlError } from './harness/sqlError.ts';
import { worldPerFile } from './harness/worldPerFile.ts';

const file = worldPerFile();

type Row = { status: string; location: string; suspend_data: string; score: string | null; updated_at: Date };

type Sent = Omit<ProgressRecord, 'lesson'> & { lesson: string | null };

function upsert(caller: Caller, record: Sent) {
  return file.db.request<Row>(caller, 'select * from public.upsert_progress($1, $2, $3, $4, $5, $6)', [
    record.lesson,
    record.status,
    record.location,
    record.suspendData,
    record.score,
    record.updatedAt,
  ]);
}

const asRecord = (lesson: string, row: Row | undefined): ProgressRecord => ({
  lesson,
  status: row?.status as ProgressRecord['status'],
  location: row?.location ?? '',
  suspendData: row?.suspend_data ?? '',
  score: row?.score === null || row?.score === undefined ? null : Number(row.score),
  updatedAt: row?.updated_at.toISOString() ?? '',
});

/** The site's test record (lesson "maal-dit-blodsukker", started), with a lesson that may be null. */
const record = <T extends Partial<Sent>>(overrides: T): ProgressRecord & T => ({ ...progressRecord(), ...overrides });

async function signedInCitizen() {
  return { role: 'authenticated' as const, sub: await createUser(file.db.owner, 'citizen', 'kolding', 'Læser') };
}

describe('upsert_progress', () => {
  it('completion never goes back, the best score wins, the latest location and answers win', async () => {
    const reader = await signedInCitizen();
    await upsert(
      reader,
      record({ status: 'completed', score: 80, location: 'quiz-1', updatedAt: '2026-11-20T10:00:00.000Z' }),
    );
    const { rows } = await upsert(
      reader,
      record({
        status: 'incomplete',
        score: 40,
        location: 'afsnit-3',
        suspendData: '{"r":{}}',
        updatedAt: '2026-11-21T10:00:00.000Z',
      }),
    );
    expect(asRecord(file.world.lesson, rows[0])).toEqual(
      record({
        status: 'completed',
        score: 80,
        location: 'afsnit-3',
        suspendData: '{"r":{}}',
        updatedAt: '2026-11-21T10:00:00.000Z',
      }),
    );
    // An older copy arriving late changes neither location nor answers.
    const late = await upsert(reader, record({ location: 'start', updatedAt: '2026-11-19T10:00:00.000Z' }));
    expect(late.rows[0]?.location).toBe('afsnit-3');
  });

  it("gives the same result as the site's mergeProgress for any order of copies", async () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
    for (let round = 0; round < 25; round += 1) {
      const reader = await signedInCitizen();
      const copies = Array.from({ length: 5 }, () =>
        record({
          status: pick(['not attempted', 'incomplete', 'completed'] as const),
          score: pick([null, 0, 33.33, 50, 100]),
          location: pick(['', 'afsnit-1', 'quiz-2']),
          suspendData: pick(['', '{"q":{"a":[1]}}', '{"r":{"x":"tekst"}}']),
          // Few instants, so copies often tie and the tie-break is exercised.
          updatedAt: pick(['2026-11-20T10:00:00.000Z', '2026-11-20T11:00:00.000Z', '2026-11-20T11:00:00.001Z']),
        }),
      );
      let stored: ProgressRecord | undefined;
      for (const copy of copies) stored = asRecord(file.world.lesson, (await upsert(reader, copy)).rows[0]);
      expect(stored).toEqual(copies.reduce((merged, copy) => mergeProgress(merged, copy)));
    }
  });

  it('takes a device clock that runs ahead as now', async () => {
    const reader = await signedInCitizen();
    const { rows } = await upsert(reader, record({ updatedAt: '2099-01-01T00:00:00.000Z' }));
    expect(rows[0]?.updated_at.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('refuses unknown lessons, oversized suspend_data and other bad input with clear errors, and stores nothing', async () => {
    const reader = await signedInCitizen();
    await expectSqlError(upsert(reader, record({ lesson: 'findes-ikke' })), '22023', 'Unknown lesson: findes-ikke.');
    await expectSqlError(upsert(reader, record({ lesson: null })), '22023', 'Unknown lesson: null.');
    await expectSqlError(
      upsert(reader, record({ suspendData: 'x'.repeat(4097) })),
      '22001',
      'suspend_data is 4097 characters; at most 4096 are kept.',
    );
    await expectSqlError(
      upsert(reader, record({ status: 'passed' as ProgressRecord['status'] })),
      '22023',
      'status must be not attempted, incomplete or completed, not passed.',
    );
    await expectSqlError(upsert(reader, record({ score: 101 })), '22023', 'score must be between 0 and 100');
    await expectSqlError(upsert(reader, record({ location: 'l'.repeat(256) })), '22023', 'at most 255 characters');
    await expectSqlError(upsert({ role: 'authenticated' }, record({})), '42501', 'Sign in first');
    await expectSqlError(upsert(file.world.callers.anon, record({})), '42501', 'permission denied');
    const stored = await file.db.owner.query('select count(*)::int as n from public.progress where user_id = $1', [
      reader.sub,
    ]);
    expect(stored.rows[0]?.n).toBe(0);
  });

  it("writes only the caller's own progress", async () => {
    const { rows } = await upsert(file.world.callers.citizenB, record({ status: 'completed' }));
    expect(rows[0]).toMatchObject({ status: 'completed' });
    const a = await file.db.owner.query<{ status: string }>(
      'select status from public.progress where user_id = $1 and lesson_id = $2',
      [file.world.ids.citizenA, file.world.lesson],
    );
    expect(a.rows[0]?.status).toBe('incomplete');
  });
});
