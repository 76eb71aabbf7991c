/* The inbox's filters, in the order the inbox offers them (the SQL function team_inbox checks them). */

export const inboxFilters = ['open', 'unassigned', 'mine', 'waiting', 'closed'] as const;
export type InboxFilter = (typeof inboxFilters)[number];

export const isInboxFilter = (value: unknown): value is InboxFilter =>
  (inboxFilters as readonly unknown[]).includes(value);
