import { refusedForGood } from '../progress/refusal.ts';

/*
 * Messages written with no connection wait here, on the device, until they can go. Each carries
 * the key the database stores it under, so a message sent again after a lost answer (or from a
 * second tab) is still stored once. One box per account: a message never goes under another
 * person's name. A message leaves the box when the server has it, or refused it for good (then the
 * page gives its text back to the writer).
 */

export type QueuedMessage = { key: string; thread: string; body: string; queuedAt: string };
export type ChatOutboxStorage = Pick<Storage, 'getItem' | 'setItem'>;
/** Sends one message under its key and answers with the stored message's id. */
export type SendMessage = (message: QueuedMessage) => Promise<number>;

export const chatOutboxPrefix = 'sundhedscenter.chat-outbox.v1';
const keyOf = (owner: string) => `${chatOutboxPrefix}.${owner}`;

function read(storage: ChatOutboxStorage, owner: string): QueuedMessage[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(keyOf(owner)) ?? '[]');
    return Array.isArray(parsed) ? (parsed as QueuedMessage[]) : [];
  } catch {
    return [];
  }
}

const write = (storage: ChatOutboxStorage, owner: string, box: QueuedMessage[]) =>
  storage.setItem(keyOf(owner), JSON.stringify(box));

export function queueMessage(storage: ChatOutboxStorage, owner: string, message: QueuedMessage): void {
  write(storage, owner, [...read(storage, owner).filter(({ key }) => key !== message.key), message]);
}

/** What waits to be sent, oldest first; only one conversation's when `thread` is given. */
export const queuedMessages = (storage: ChatOutboxStorage, owner: string, thread?: string): QueuedMessage[] =>
  read(storage, owner).filter((message) => thread === undefined || message.thread === thread);

function remove(storage: ChatOutboxStorage, owner: string, key: string): void {
  write(
    storage,
    owner,
    read(storage, owner).filter((message) => message.key !== key),
  );
}

export type SendOutcome =
  | { message: QueuedMessage; sent: number }
  | { message: QueuedMessage; refused: { reason: string; kind?: string } };

/**
 * Sends what waits for one conversation, in order, and stops at the first failure that may pass
 * (no connection, server down): the rest keep their order for the next try.
 */
export async function sendQueued(
  storage: ChatOutboxStorage,
  owner: string,
  thread: string,
  send: SendMessage,
): Promise<SendOutcome[]> {
  const outcomes: SendOutcome[] = [];
  for (const message of queuedMessages(storage, owner, thread)) {
    try {
      const sent = await send(message);
      remove(storage, owner, message.key);
      outcomes.push({ message, sent });
    } catch (error) {
      const refused = refusedForGood(error);
      if (!refused) break;
      remove(storage, owner, message.key);
      outcomes.push({ message, refused });
    }
  }
  return outcomes;
}
