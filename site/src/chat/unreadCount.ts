/*
 * The reader's unread count as this device last learned it (per account), for the header's badge
 * on every page: the chat pages write it, the header reads it at once without any request.
 */

const countKey = (userId: string) => `sundhedscenter.unread.${userId}`;
export const unreadChanged = 'sundhed:unread-changed';

export function rememberUnread(userId: string, count: number): void {
  localStorage.setItem(countKey(userId), String(count));
  dispatchEvent(new CustomEvent(unreadChanged));
}

export function rememberedUnread(userId: string): number {
  const count = Number(localStorage.getItem(countKey(userId)) ?? 0);
  return Number.isInteger(count) && count > 0 ? count : 0;
}
