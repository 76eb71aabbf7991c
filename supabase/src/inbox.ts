import type { SundhedClient } from './client.ts';
import type { Database } from './database.types.ts';
import { unwrap } from './errors.ts';

/* The team's shared inbox of care threads: who has a thread, and how far it has come. */

export type InboxStatus = Database['public']['Enums']['inbox_status'];
export type InboxEntry = {
  thread_id: string;
  status: InboxStatus;
  assignee_id: string | null;
  updated_at: string;
};

export function inboxAdapter(client: SundhedClient) {
  return {
    /** The care threads the signed-in professional's teams share, the most recently changed first. */
    async entries(status?: InboxStatus): Promise<InboxEntry[]> {
      const query = client.from('inbox_state').select('thread_id, status, assignee_id, updated_at');
      return unwrap(await (status ? query.eq('status', status) : query).order('updated_at', { ascending: false }));
    },
    async assign(thread: string, assignee: string | null): Promise<void> {
      unwrap(await client.rpc('assign_thread', { thread, assignee }));
    },
    async setStatus(thread: string, status: InboxStatus): Promise<void> {
      unwrap(await client.rpc('set_thread_status', { thread, new_status: status }));
    },
  };
}
