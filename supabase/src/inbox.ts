import type { SundhedClient } from './client.ts';
import type { Database } from './database.types.ts';
import { unwrap } from './errors.ts';
import type { InboxFilter } from './inboxFilters.ts';

export * from './inboxFilters.ts';

/*
 * The team's shared inbox of care conversations (professionals only): every care thread of their
 * teams, who has it, since when the citizen has waited, and notes only the team sees. Every rule
 * (who sees what, the order, the read log) is in SQL: 20261128100000_team_inbox.sql.
 */

export type InboxStatus = Database['public']['Enums']['inbox_status'];

export type InboxThread = Database['public']['Functions']['team_inbox']['Returns'][number];
export type InboxNote = Database['public']['Functions']['inbox_notes']['Returns'][number];
export type InboxEntry = Database['public']['Functions']['inbox_entry']['Returns'][number];
export type TeamMember = { id: string; name: string; title: string | null };
export type StaffTeam = Omit<Database['public']['Functions']['my_staff_teams']['Returns'][number], 'members'> & {
  members: TeamMember[];
};

/** What changed in the inbox: a new message in a thread, or its status or assignee. */
export type InboxChange = { thread_id: string };

export function inboxAdapter(client: SundhedClient) {
  return {
    /** The conversations of my teams under one filter, oldest wait first (closed: latest first). */
    async threads(filter: InboxFilter = 'open', search?: string): Promise<InboxThread[]> {
      return unwrap(await client.rpc('team_inbox', { filter, search: search?.trim() || null }));
    },
    async entry(thread: string): Promise<InboxEntry | undefined> {
      return unwrap(await client.rpc('inbox_entry', { thread }))[0];
    },
    async teams(): Promise<StaffTeam[]> {
      const rows = unwrap(await client.rpc('my_staff_teams'));
      return rows.map((row) => ({ ...row, members: row.members as TeamMember[] }));
    },
    async assign(thread: string, assignee: string | null): Promise<void> {
      unwrap(await client.rpc('assign_thread', { thread, assignee: assignee as string }));
    },
    async setStatus(thread: string, status: InboxStatus): Promise<void> {
      unwrap(await client.rpc('set_thread_status', { thread, new_status: status }));
    },
    async notes(thread: string): Promise<InboxNote[]> {
      return unwrap(await client.rpc('inbox_notes', { thread }));
    },
    async addNote(thread: string, body: string): Promise<number> {
      return unwrap(await client.rpc('add_inbox_note', { thread, body }));
    },
    /**
     * Calls `changed` when a conversation of my teams gets a message or a new status or assignee
     * (Realtime asks row-level security, so a professional who left the team hears nothing more).
     */
    async onChange(changed: (change: InboxChange) => void, status?: (subscribed: boolean) => void) {
      await client.realtime.setAuth();
      const channel = client
        .channel('inbox-changes')
        .on('postgres_changes', { event: 'UPDATE', schema: 'public', table: 'thread_activity' }, (change) =>
          changed({ thread_id: (change.new as InboxChange).thread_id }),
        )
        .on('postgres_changes', { event: '*', schema: 'public', table: 'inbox_state' }, (change) =>
          changed({ thread_id: ((change.new as Partial<InboxChange>).thread_id ?? '') as string }),
        )
        .subscribe((state) => status?.(state === 'SUBSCRIBED'));
      return async () => {
        await client.removeChannel(channel);
      };
    },
  };
}
