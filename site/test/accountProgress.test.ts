import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '../src/account/returnPath.ts';
import type { ProgressRecord } from '../src/progress/merge.ts';
import { adoptSignedOut, enqueue, flush, waiting } from '../src/progress/outbox.ts';
import { cmiOf, recordOf } from '../src/progress/record.ts';
import { memoryStorage } from './memoryStorage.ts';
import { progressRecord } from './progressRecord.ts';

/*
 * Progress and accounts in the browser: one outbox per account, signed-out progress joining the
 * next sign-in, a record from the account written back into a stored `cmi`, and where sign-in may
 * send the reader afterwards.
 */

const record = (lesson: string, overrides: Partial<ProgressRecord> = {}) => progressRecord({ ...overrides, lesson });

describe('one outbox per account', () => {
  it('never sends a record under an account other than the one it was made under', async () => {
    const storage = memoryStorage();
    enqueue(storage, record('a'), 'anna');
    enqueue(storage, record('b'), 'bent');
    const sentForBent: string[] = [];
    await flush(storage, async ([sent]) => void sentForBent.push(sent.lesson), 'bent');
    expect(sentForBent).toEqual(['b']);
    expect(waiting(storage, 'anna').map(({ lesson }) => lesson)).toEqual(['a']);
  });

  it('progress made signed out joins the account signed in next, merged, and leaves the signed-out box', () => {
    const storage = memoryStorage();
    enqueue(storage, record('a', { status: 'completed', updatedAt: '2026-11-20T09:00:00.000Z' }));
    enqueue(storage, record('a', { location: 'del-2', updatedAt: '2026-11-21T09:00:00.000Z' }), 'anna');
    adoptSignedOut(storage, 'anna');
    expect(waiting(storage)).toEqual([]);
    expect(waiting(storage, 'anna')).toEqual([
      record('a', { status: 'completed', location: 'del-2', updatedAt: '2026-11-21T09:00:00.000Z' }),
    ]);
  });
});

describe('a record from the account in the browser', () => {
  it('is written into the stored cmi, keeping what the record does not carry, and reads back the same', () => {
    const stored = { core: { lesson_status: 'incomplete', session_time: '0000:01:00' }, suspend_data: '' };
    const fromAccount = record('a', { status: 'completed', location: 'del-3', suspendData: '{"q":{}}', score: 80 });
    const cmi = cmiOf(fromAccount, stored);
    expect(cmi.core).toMatchObject({ session_time: '0000:01:00', lesson_status: 'completed', score: { raw: '80' } });
    expect(recordOf('a', cmi, fromAccount.updatedAt)).toEqual(fromAccount);
  });

  it('drops a stored score when the account has none, rather than keep a stale one', () => {
    const cmi = cmiOf(record('a', { score: null }), { core: { score: { raw: '50' } } });
    expect(cmi.core?.score).toBeUndefined();
  });
});

describe('where sign-in leads back to', () => {
  const origin = 'https://sundhed.example';
  it('a path on this site, with its query and anchor', () => {
    expect(safeReturnPath('?tilbage=%2Fforloeb%2Fx%2F%3Fa%3D1%23del-2', origin)).toBe('/forloeb/x/?a=1#del-2');
  });

  it('never another site, however the address is dressed up', () => {
    for (const value of [
      'https://ond.example/',
      '//ond.example/',
      '/\\ond.example',
      '/.//ond.example',
      '/..//ond.example',
      '/%2e//ond.example',
      '/a/..//ond.example',
      'javascript:alert(1)',
      '',
      'forloeb',
    ]) {
      expect(safeReturnPath(`?tilbage=${encodeURIComponent(value)}`, origin), value).toBeUndefined();
    }
    expect(safeReturnPath('', origin)).toBeUndefined();
  });
});
