import { describe, expect, it } from 'vitest';
import type { ProgressRecord } from '../src/progress/merge.ts';
import { enqueue, flush, setAside, waiting } from '../src/progress/outbox.ts';
import { memoryStorage } from './memoryStorage.ts';
import { progressRecord } from './progressRecord.ts';

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

/** A refusal as a sender reports it: an Error with the backend's kind (structural, no backend import). */
const refusal = (kind: string, message = `refused: ${kind}`) => Object.assign(new Error(message), { kind });

/** Sends each record alone; refuses the lessons in `refuse` with the given error, records the rest. */
function sender(refuse: Record<string, Error> = {}) {
  const sent: string[] = [];
  const send = async (records: ProgressRecord[]) => {
    for (const { lesson } of records) {
      const error = refuse[lesson];
      if (error) throw error;
      sent.push(lesson);
    }
  };
  return { sent, send };
}

describe('the progress outbox with a record refused for good', () => {
  it('sets the refused record aside, visible and with its reason, and sends the rest', async () => {
    const storage = memoryStorage();
    for (const lesson of ['a', 'findes-ikke', 'c']) enqueue(storage, record(lesson));
    const { sent, send } = sender({ 'findes-ikke': refusal('invalid', 'Unknown lesson: findes-ikke.') });
    expect(await flush(storage, send)).toBe('sent');
    expect(sent).toEqual(['a', 'c']);
    expect(waiting(storage)).toEqual([]);
    expect(setAside(storage)).toEqual([
      { record: record('findes-ikke'), reason: 'Unknown lesson: findes-ikke.', kind: 'invalid' },
    ]);
  });

  it('never retries a set-aside record', async () => {
    const storage = memoryStorage();
    enqueue(storage, record('findes-ikke'));
    await flush(storage, sender({ 'findes-ikke': refusal('not-found') }).send);
    const again = sender();
    expect(await flush(storage, again.send)).toBe('empty');
    expect(again.sent).toEqual([]);
    expect(setAside(storage).map((entry) => entry.record.lesson)).toEqual(['findes-ikke']);
  });

  it('treats invalid, not-found, too-long and an explicit permanent flag as refusals for good', async () => {
    for (const error of [
      refusal('invalid'),
      refusal('not-found'),
      refusal('too-long'),
      Object.assign(new Error('no'), { permanent: true }),
    ]) {
      const storage = memoryStorage();
      enqueue(storage, record('x'));
      enqueue(storage, record('y'));
      const { sent, send } = sender({ x: error });
      await flush(storage, send);
      expect(sent, error.message).toEqual(['y']);
      expect(
        setAside(storage).map((entry) => entry.record.lesson),
        error.message,
      ).toEqual(['x']);
    }
  });

  it('keeps everything not yet accepted on a transient failure, a lapsed sign-in included, and sets nothing aside', async () => {
    for (const error of [new Error('offline'), refusal('unexpected'), refusal('busy'), refusal('not-allowed')]) {
      const storage = memoryStorage();
      for (const lesson of ['a', 'b', 'c']) enqueue(storage, record(lesson));
      const { sent, send } = sender({ b: error });
      expect(await flush(storage, send), error.message).toBe('kept');
      expect(sent, error.message).toEqual(['a']);
      expect(waiting(storage), error.message).toEqual([record('b'), record('c')]);
      expect(setAside(storage), error.message).toEqual([]);
    }
  });

  it('puts a new change to a set-aside lesson back in the box, and forgets the refusal once it is accepted', async () => {
    const storage = memoryStorage();
    enqueue(storage, record('a'));
    await flush(storage, sender({ a: refusal('too-long') }).send);
    const newer = record('a', { status: 'completed', updatedAt: '2026-11-23T10:00:00.000Z' });
    enqueue(storage, newer);
    expect(waiting(storage)).toEqual([newer]);
    const { sent, send } = sender();
    expect(await flush(storage, send)).toBe('sent');
    expect(sent).toEqual(['a']);
    expect(waiting(storage)).toEqual([]);
    expect(setAside(storage)).toEqual([]);
  });

  it('does not let a refusal swallow a change made while the request was out', async () => {
    const storage = memoryStorage();
    enqueue(storage, record('a'));
    const newer = record('a', { status: 'completed', updatedAt: '2026-11-23T10:00:00.000Z' });
    await flush(storage, async () => {
      enqueue(storage, newer);
      throw refusal('invalid');
    });
    expect(waiting(storage)).toEqual([newer]);
    expect(setAside(storage).map((entry) => entry.record)).toEqual([record('a')]);
  });

  it('reads a damaged set-aside store as empty', () => {
    const storage = memoryStorage();
    storage.setItem('sundhedscenter.outbox.set-aside.v1', '{not json');
    expect(setAside(storage)).toEqual([]);
  });
});
