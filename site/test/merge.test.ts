import { describe, expect, it } from 'vitest';
import { mergeProgress, type ProgressRecord } from '../src/progress/merge.ts';
import { progressRecord } from './progressRecord.ts';

const record = progressRecord;

describe('merging one lesson’s progress from two devices', () => {
  it('never lets completion go back, even when the incomplete copy is newer', () => {
    const phone = record({ status: 'completed', updatedAt: '2026-11-20T10:00:00.000Z' });
    const laptop = record({ status: 'incomplete', updatedAt: '2026-11-21T10:00:00.000Z', location: 'quiz-hba1c' });
    const merged = mergeProgress(phone, laptop);
    expect(merged.status).toBe('completed');
    expect(merged.location).toBe('quiz-hba1c');
  });

  it('keeps the best score, whichever copy is newer', () => {
    expect(
      mergeProgress(record({ score: 100 }), record({ score: 50, updatedAt: '2026-11-22T00:00:00.000Z' })).score,
    ).toBe(100);
    expect(mergeProgress(record({ score: null }), record({ score: 0 })).score).toBe(0);
    expect(mergeProgress(record({ score: null }), record({ score: null })).score).toBeNull();
  });

  it('takes location and answers from the latest copy', () => {
    const older = record({ location: 'a', suspendData: '{"r":{"x":"old"}}', updatedAt: '2026-11-20T10:00:00.000Z' });
    const newer = record({ location: 'b', suspendData: '{"r":{"x":"new"}}', updatedAt: '2026-11-20T10:00:01.000Z' });
    expect(mergeProgress(older, newer)).toMatchObject({
      location: 'b',
      suspendData: '{"r":{"x":"new"}}',
      updatedAt: newer.updatedAt,
    });
    expect(mergeProgress(newer, older)).toEqual(mergeProgress(older, newer));
  });

  it('gives the same result in any order and any number of times', () => {
    const statuses = ['not attempted', 'incomplete', 'completed'] as const;
    const samples: ProgressRecord[] = [];
    for (const [i, status] of statuses.entries()) {
      for (const score of [null, 0, 60, 100]) {
        samples.push(
          record({
            status,
            score,
            location: `l${i}${score}`,
            updatedAt: `2026-11-2${i}T0${(score ?? 0) % 7}:00:00.000Z`,
          }),
        );
      }
    }
    samples.push(record({ location: 'tie-a' }), record({ location: 'tie-b' }));
    for (const a of samples) {
      expect(mergeProgress(a, a)).toEqual(a);
      for (const b of samples) {
        expect(mergeProgress(a, b)).toEqual(mergeProgress(b, a));
        for (const c of samples.slice(0, 6)) {
          expect(mergeProgress(mergeProgress(a, b), c)).toEqual(mergeProgress(a, mergeProgress(b, c)));
        }
      }
    }
  });

  it('refuses to merge two different lessons', () => {
    expect(() => mergeProgress(record({}), record({ lesson: 'hvad-er-kol' }))).toThrow(/to lektioner/);
  });
});
