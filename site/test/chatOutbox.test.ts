import { describe, expect, it } from 'vitest';
import { type QueuedMessage, queuedMessages, queueMessage, sendQueued } from '../src/chat/chatOutbox.ts';
import { memoryStorage } from './memoryStorage.ts';

const message = (key: string, thread = 't1', body = `Besked ${key}`): QueuedMessage => ({
  key,
  thread,
  body,
  queuedAt: '2026-11-27T10:00:00Z',
});

describe('the chat outbox', () => {
  it('keeps messages per account and conversation, in the order written', () => {
    const storage = memoryStorage();
    queueMessage(storage, 'anna', message('a'));
    queueMessage(storage, 'anna', message('b', 't2'));
    queueMessage(storage, 'anna', message('c'));
    queueMessage(storage, 'bent', message('d'));
    expect(queuedMessages(storage, 'anna', 't1').map(({ key }) => key)).toEqual(['a', 'c']);
    expect(queuedMessages(storage, 'anna').map(({ key }) => key)).toEqual(['a', 'b', 'c']);
    expect(queuedMessages(storage, 'bent').map(({ key }) => key)).toEqual(['d']);
  });

  it('sends in order and stops at a failure that may pass, keeping the rest', async () => {
    const storage = memoryStorage();
    for (const key of ['a', 'b', 'c']) queueMessage(storage, 'anna', message(key));
    const sent: string[] = [];
    const outcomes = await sendQueued(storage, 'anna', 't1', async ({ key }) => {
      if (key === 'b') throw new TypeError('Failed to fetch');
      sent.push(key);
      return sent.length;
    });
    expect(sent).toEqual(['a']);
    expect(outcomes).toEqual([{ message: message('a'), sent: 1 }]);
    expect(queuedMessages(storage, 'anna').map(({ key }) => key)).toEqual(['b', 'c']);
  });

  it('gives back a message refused for good and sends the next', async () => {
    const storage = memoryStorage();
    queueMessage(storage, 'anna', message('a'));
    queueMessage(storage, 'anna', message('b'));
    const outcomes = await sendQueued(storage, 'anna', 't1', async ({ key }) => {
      if (key === 'a') throw Object.assign(new Error('The message is 4001 characters'), { kind: 'too-long' });
      return 7;
    });
    expect(outcomes).toEqual([
      { message: message('a'), refused: { reason: 'The message is 4001 characters', kind: 'too-long' } },
      { message: message('b'), sent: 7 },
    ]);
    expect(queuedMessages(storage, 'anna')).toEqual([]);
  });

  it('keeps a message while the sign-in has lapsed (not allowed passes after signing in)', async () => {
    const storage = memoryStorage();
    queueMessage(storage, 'anna', message('a'));
    await sendQueued(storage, 'anna', 't1', async () => {
      throw Object.assign(new Error('JWT expired'), { kind: 'not-allowed' });
    });
    expect(queuedMessages(storage, 'anna')).toHaveLength(1);
  });

  it('reads a damaged box as empty', () => {
    const storage = memoryStorage();
    storage.setItem('sundhedscenter.chat-outbox.v1.anna', '{not json');
    expect(queuedMessages(storage, 'anna')).toEqual([]);
  });
});
