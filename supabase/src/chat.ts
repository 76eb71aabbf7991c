import type { SundhedClient } from './client.ts';
import type { Database } from './database.types.ts';
import { unwrap } from './errors.ts';

/*
 * Care threads and group chats: the reader's conversations, reading, writing (once per key),
 * read state, hiding and reporting in group chats, and what changed as it happens.
 */

export type Message = Pick<
  Database['public']['Tables']['messages']['Row'],
  'id' | 'thread_id' | 'sender_id' | 'body' | 'created_at'
>;

type ThreadKind = Database['public']['Enums']['thread_kind'];
type UserRole = Database['public']['Enums']['user_role'];

/** A message as the chat shows it (the database's `thread_messages`, whose columns are never null but these). */
export type ThreadMessage = {
  id: number;
  thread_id: string;
  sender_id: string | null;
  sender_name: string | null;
  sender_role: UserRole | null;
  sender_title: string | null;
  mine: boolean;
  client_key: string | null;
  /** Null when hidden by staff. */
  body: string | null;
  hidden: boolean;
  reported_by_me: boolean;
  /** How many reported it: for the team only, null for everyone else. */
  reports: number | null;
  created_at: string;
};

export type Conversation = {
  thread_id: string;
  kind: ThreadKind;
  title: string;
  team_name: string;
  last_message_at: string | null;
  unread: number;
  video_requested: boolean;
};
export type CareTeam = { id: string; name: string };

/** What changed last in a thread (thread_activity): its newest message, and when one was last hidden. */
export type ThreadChange = { thread_id: string; last_message_id: number | null; last_hidden_at: string | null };

export function chatAdapter(client: SundhedClient) {
  return {
    /** Starts a conversation with a team; returns the thread's id. */
    async openCareThread(team: string, title: string): Promise<string> {
      return unwrap(await client.rpc('open_care_thread', { team, title }));
    },
    /** A conversation's kind and title, or null when there is none the reader may see. */
    async thread(
      id: string,
    ): Promise<{ kind: 'care' | 'cohort' | 'staff'; title: string; last_hidden_at: string | null } | null> {
      if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
      const found = await client.from('threads').select('kind, title').eq('id', id).maybeSingle();
      const thread = unwrap<{ kind: ThreadKind; title: string } | null>(found);
      if (!thread) return null;
      const activity = await client.from('thread_activity').select('last_hidden_at').eq('thread_id', id).maybeSingle();
      const hidden = unwrap<{ last_hidden_at: string | null } | null>(activity);
      return { kind: thread.kind, title: thread.title, last_hidden_at: hidden?.last_hidden_at ?? null };
    },
    /** The conversations the reader takes part in, with their unread counts. */
    async conversations(): Promise<Conversation[]> {
      return unwrap(await client.rpc('my_conversations')) as Conversation[];
    },
    async unreadCount(): Promise<number> {
      return unwrap(await client.rpc('my_unread_count'));
    },
    /** The teams a citizen may write to. */
    async careTeams(): Promise<CareTeam[]> {
      return unwrap(await client.rpc('my_care_teams')) as CareTeam[];
    },
    /**
     * Asks a team for a video meeting; returns the conversation it opens. With a key, asking again
     * (a retry after a lost answer) returns the first request's conversation.
     */
    async requestVideoMeeting(team: string, note?: string, key?: string): Promise<string> {
      return unwrap(
        await client.rpc('request_video_meeting', { team, note: note ?? null, idempotency_key: key ?? null }),
      );
    },
    /**
     * Sends a message. With a key, sending it again (a retry after a lost answer) returns the first
     * message's id and stores nothing new.
     */
    async send(thread: string, message: string, key?: string): Promise<number> {
      return unwrap(await client.rpc('send_message', { thread, message, idempotency_key: key ?? null }));
    },
    /** Staff of the team hide a message in a group chat. */
    async hide(message: number): Promise<void> {
      unwrap(await client.rpc('hide_message', { message }));
    },
    /** A member reports a message in a group chat to the team. */
    async report(message: number, reason?: string): Promise<void> {
      unwrap(await client.rpc('report_message', { message, reason: reason ?? null }));
    },
    /**
     * The messages after `afterId` (at most 200), with each sender's name and role. Through the
     * database's `thread_messages`, which logs a professional's read of a citizen's words.
     */
    async messages(thread: string, afterId = 0): Promise<ThreadMessage[]> {
      return unwrap(await client.rpc('thread_messages', { thread, after_id: afterId })) as ThreadMessage[];
    },
    async markRead(thread: string): Promise<void> {
      unwrap(await client.rpc('mark_thread_read', { thread }));
    },
    /**
     * Calls `changed` when one of the reader's threads (or the one given) gets a message or has one
     * hidden; the reader then asks for what is new. Everyone who may see a thread hears of it,
     * staff too, without message text reaching anyone directly.
     */
    async onThreadChange(
      thread: string | null,
      changed: (change: ThreadChange) => void,
      status?: (subscribed: boolean) => void,
    ): Promise<() => Promise<void>> {
      // Join with the signed-in person's token, not the anon key the socket starts with.
      await client.realtime.setAuth();
      const channel = client
        .channel(thread ? `thread-changes:${thread}` : 'thread-changes')
        .on(
          'postgres_changes',
          {
            event: 'UPDATE',
            schema: 'public',
            table: 'thread_activity',
            ...(thread ? { filter: `thread_id=eq.${thread}` } : {}),
          },
          (change) => changed(change.new as ThreadChange),
        )
        .subscribe((state) => status?.(state === 'SUBSCRIBED'));
      return async () => {
        await client.removeChannel(channel);
      };
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
