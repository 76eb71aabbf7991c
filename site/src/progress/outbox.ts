import { mergeProgress, type ProgressRecord } from './merge.ts';
import { refusedForGood } from './refusal.ts';
import { forgetRefusal, putAside } from './setAside.ts';

/*
 * Progress waiting to be sent to the server. Kept in localStorage so it survives going offline,
 * closing the tab and restarting the phone; one merged record per lesson, so a month offline is
 * still one small request per lesson. A record leaves the box only after the server accepted that
 * exact record, or refused it for good: then it is set aside (setAside.ts) and the rest still go.
 */

export type OutboxStorage = Pick<Storage, 'getItem' | 'setItem'>;
/**
 * Sends one record; rejects when the server did not accept it. An array of one, so a backend
 * adapter that takes several fits as it is. The error's shape says whether to retry (refusal.ts).
 */
export type SendProgress = (records: [ProgressRecord]) => Promise<void>;

export { type SetAsideEntry, setAside } from './setAside.ts';

/**
 * Whose box: one per account signed in on this device, and one for progress made signed out, which
 * joins the account of the next sign-in (adoptSignedOut). A record is never sent under an account
 * other than the one it was made under.
 */
export type Owner = string | undefined;

export const outboxPrefix = 'sundhedscenter.outbox.v1';
const keyOf = (owner: Owner) => (owner ? `${outboxPrefix}.${owner}` : outboxPrefix);

function read(storage: OutboxStorage, owner: Owner): Record<string, ProgressRecord> {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(keyOf(owner)) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, ProgressRecord>) : {};
  } catch {
    return {};
  }
}

const write = (storage: OutboxStorage, owner: Owner, box: Record<string, ProgressRecord>) =>
  storage.setItem(keyOf(owner), JSON.stringify(box));

export function enqueue(storage: OutboxStorage, record: ProgressRecord, owner?: Owner): void {
  const box = read(storage, owner);
  const waiting = box[record.lesson];
  box[record.lesson] = waiting ? mergeProgress(waiting, record) : record;
  write(storage, owner, box);
}

export const waiting = (storage: OutboxStorage, owner?: Owner): ProgressRecord[] => Object.values(read(storage, owner));

/** On sign-in: what was made signed out moves into the account's box, merged by the usual rule. */
export function adoptSignedOut(storage: OutboxStorage & Pick<Storage, 'removeItem'>, owner: string): void {
  for (const record of waiting(storage)) enqueue(storage, record, owner);
  dropSignedOut(storage);
}

/** What was made signed out, gone unsent: it may hold the previous person's answers. */
export function dropSignedOut(storage: Pick<Storage, 'removeItem'>): void {
  storage.removeItem(keyOf(undefined));
}

/** Takes the record out of the box, unless the reader changed that lesson while it was being sent. */
function removeIfUnchanged(storage: OutboxStorage, owner: Owner, record: ProgressRecord): void {
  const now = read(storage, owner);
  if (JSON.stringify(now[record.lesson]) !== JSON.stringify(record)) return;
  delete now[record.lesson];
  write(storage, owner, now);
}

/**
 * Sends what is waiting, one record at a time. A record refused for good is set aside and the next
 * one goes; any other failure (offline, server down, not signed in) stops the round and keeps every
 * record not yet accepted for the next try. Changes made while a request was out stay in the box.
 * 'sent': every record was accepted or set aside; 'kept': some wait for the next try.
 */
export async function flush(
  storage: OutboxStorage,
  send: SendProgress,
  owner?: Owner,
): Promise<'sent' | 'kept' | 'empty'> {
  const records = Object.values(read(storage, owner));
  if (records.length === 0) return 'empty';
  for (const record of records) {
    try {
      await send([record]);
    } catch (error) {
      const refusal = refusedForGood(error);
      if (!refusal) return 'kept';
      putAside(storage, { record, ...refusal });
      removeIfUnchanged(storage, owner, record);
      continue;
    }
    forgetRefusal(storage, record.lesson);
    removeIfUnchanged(storage, owner, record);
  }
  return 'sent';
}
