import type { SundhedClient } from './client.ts';
import type { Database } from './database.types.ts';
import { unwrap } from './errors.ts';

/* Care threads and group chats: reading, writing, read state, and new messages as they arrive. */

export type Message = Pick<
  Database['public']['Tables']['messages']['Row'],
  'id' | 'thread_id' | 'sender_id' | 'body' | 'created_at'
>;

export type ThreadMessage = Database['public']['Functions']['thread_messages']['Returns'][number];

export function chatAdapter(client: SundhedClient) {
  return {
    /** Starts a conversation with a team; returns the thread's id. */
    async openCareThread(team: string, title: string): Promise<string> {
      return unwrap(await client.rpc('open_care_thread', { team, title }));
    },
    async send(thread: string, message: string): Promise<number> {
      return unwrap(await client.rpc('send_message', { thread, message }));
    },
    /**
     * The messages after `afterId` (at most 200), with each sender's name and role. Through the
     * database's `thread_messages`, which logs a professional's read of a citizen's words.
     */
    async messages(thread: string, afterId = 0): Promise<ThreadMessage[]> {
      return unwrap(await client.rpc('thread_messages', { thread, after_id: afterId }));
    },
    async markRead(thread: string): Promise<void> {
      unwrap(await client.rpc('mark_thread_read', { thread }));
    },
    /** Calls `received` for each new message in the thread (Realtime checks the reader may see it). */
    onMessage(thread: string, received: (message: Message) => void): () => Promise<void> {
      const channel = client
        .channel(`thread:${thread}`)
        .on(
          'postgres_changes',
          { event: 'INSERT', schema: 'public', table: 'messages', filter: `thread_id=eq.${thread}` },
          (change) => received(change.new as Message),
        )
        .subscribe();
      return async () => {
        await client.removeChannel(channel);
      };
    },
  };
}
