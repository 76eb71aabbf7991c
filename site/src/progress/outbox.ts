import { mergeProgress, type ProgressRecord } from './merge.ts';

/*
 * Progress waiting to be sent to the server. Kept in localStorage so it survives going offline,
 * closing the tab and restarting the phone; one merged record per lesson, so a month offline is
 * still one small request. A record leaves the box only after the server accepted that exact record.
 */

export type OutboxStorage = Pick<Storage, 'getItem' | 'setItem'>;
export type SendProgress = (records: ProgressRecord[]) => Promise<void>;

const key = 'sundhedscenter.outbox.v1';

function read(storage: OutboxStorage): Record<string, ProgressRecord> {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(key) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, ProgressRecord>) : {};
  } catch {
    return {};
  }
}

const write = (storage: OutboxStorage, box: Record<string, ProgressRecord>) =>
  storage.setItem(key, JSON.stringify(box));

export function enqueue(storage: OutboxStorage, record: ProgressRecord): void {
  const box = read(storage);
  const waiting = box[record.lesson];
  box[record.lesson] = waiting ? mergeProgress(waiting, record) : record;
  write(storage, box);
}

export const waiting = (storage: OutboxStorage): ProgressRecord[] => Object.values(read(storage));

/**
 * Sends everything waiting. On failure (offline, server down) all of it stays for the next try.
 * Changes made while the request was out stay too: only records the server saw unchanged are removed.
 */
export async function flush(storage: OutboxStorage, send: SendProgress): Promise<'sent' | 'kept' | 'empty'> {
  const sending = read(storage);
  const records = Object.values(sending);
  if (records.length === 0) return 'empty';
  try {
    await send(records);
  } catch {
    return 'kept';
  }
  const now = read(storage);
  for (const [lesson, record] of Object.entries(sending)) {
    if (JSON.stringify(now[lesson]) === JSON.stringify(record)) delete now[lesson];
  }
  write(storage, now);
  return 'sent';
}
