import type { ProgressRecord } from './merge.ts';
import type { OutboxStorage } from './outbox.ts';

/*
 * Progress records the server refused for good (an unknown lesson, answers too long), kept apart
 * from the outbox so one of them never holds back the records after it. They are kept, with the
 * server's reason, so the reader's work stays visible; they are never sent again. A newer change to
 * the same lesson goes to the outbox as usual, and once the server accepts it the refusal is
 * forgotten: the accepted record is the reader's whole current progress in that lesson.
 */

export type SetAsideEntry = { record: ProgressRecord; reason: string; kind?: string };

export const setAsideKey = 'sundhedscenter.outbox.set-aside.v1';
const key = setAsideKey;

const isEntry = (value: unknown): value is SetAsideEntry =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Partial<SetAsideEntry>).record === 'object' &&
  (value as Partial<SetAsideEntry>).record !== null &&
  typeof (value as Partial<SetAsideEntry>).reason === 'string';

function read(storage: OutboxStorage): Record<string, SetAsideEntry> {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(key) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return {};
    return Object.fromEntries(Object.entries(parsed).filter(([, entry]) => isEntry(entry)));
  } catch {
    return {};
  }
}

const write = (storage: OutboxStorage, entries: Record<string, SetAsideEntry>) =>
  storage.setItem(key, JSON.stringify(entries));

/** The records refused for good, one per lesson (the latest refusal), with the server's reason. */
export const setAside = (storage: OutboxStorage): SetAsideEntry[] => Object.values(read(storage));

export function putAside(storage: OutboxStorage, entry: SetAsideEntry): void {
  write(storage, { ...read(storage), [entry.record.lesson]: entry });
}

export function forgetRefusal(storage: OutboxStorage, lesson: string): void {
  const entries = read(storage);
  if (!(lesson in entries)) return;
  delete entries[lesson];
  write(storage, entries);
}
