import { describe, expect, it } from 'vitest';
import type { ProgressRecord } from '../src/progress/merge.ts';
import { enqueue, flush, waiting } from '../src/progress/outbox.ts';
import { progressRecord } from './progressRecord.ts';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

const record = (lesson: string, overrides: Partial<ProgressRecord> = {}) => progressRecord({ ...overrides, lesson });

describe('the progress outbox', () => {
  it('keeps one merged record per lesson while offline', () => {
    const storage = memoryStorage();
    enqueue(storage, record('a', { status: 'completed' }));
    enqueue(storage, record('a', { location: 'x', updatedAt: '2026-11-21T10:00:00.000Z' }));
    enqueue(storage, record('b'));
    expect(waiting(storage)).toEqual([
      record('a', { status: 'completed', location: 'x', updatedAt: '2026-11-21T10:00:00.000Z' }),
      record('b'),
    ]);
  });

  it('keeps everything when sending fails, and empties when it succeeds', async () => {
    const storage = memoryStorage();
    enqueue(storage, record('a'));
    expect(await flush(storage, () => Promise.reject(new Error('offline')))).toBe('kept');
    expect(waiting(storage)).toHaveLength(1);
    const sent: ProgressRecord[][] = [];
    expect(await flush(storage, async (records) => void sent.push(records))).toBe('sent');
    expect(sent).toEqual([[record('a')]]);
    expect(waiting(storage)).toEqual([]);
    expect(await flush(storage, async () => {})).toBe('empty');
  });

  it('does not lose a change made while a request was out', async () => {
    const storage = memoryStorage();
    enqueue(storage, record('a'));
    await flush(storage, async () => {
      enqueue(storage, record('a', { status: 'completed', updatedAt: '2026-11-22T10:00:00.000Z' }));
    });
    expect(waiting(storage)).toEqual([record('a', { status: 'completed', updatedAt: '2026-11-22T10:00:00.000Z' })]);
  });
});
