import type { SundhedClient } from './client.ts';
import { unwrap } from './errors.ts';

/*
 * Video meetings (supabase/migrations/*_meetings.sql): the database says whether the signed-in
 * person may join a webinar or a session now, and as what; the meeting function
 * (functions/meeting-link.ts) turns that into the provider's address. Staff set a fixed link here.
 */

export const meetingKinds = ['webinar', 'appointment'] as const;
export type MeetingKind = (typeof meetingKinds)[number];

/** What the database gives the meeting function for one person and one meeting. */
export type MeetingAccess = {
  /** A webinar (many citizens together) or a one-to-one start- or end-session. */
  kind: MeetingKind;
  /** moderator: the team's members (not administrators); viewer: the registered or booked citizen, inside the join window. */
  role: 'moderator' | 'viewer';
  /** The person's name as the others in the meeting see it. */
  displayName: string;
  /** A neutral name for the meeting (no webinar title: it would tell a provider what people are treated for). */
  meetingName: string;
  /** The link staff set, or null. */
  fixedUrl: string | null;
  /** 32 lower-case hexadecimal characters, unguessable, the same for everyone in the meeting. */
  room: string;
  startsAt: Date;
  endsAt: Date;
};

/** Why the database said no; `opensAt` for not-open. */
export type MeetingRefusal = 'not-signed-in' | 'not-found' | 'not-registered' | 'not-open';

export class MeetingRefused extends Error {
  constructor(
    readonly reason: MeetingRefusal,
    message: string,
    readonly opensAt?: string,
  ) {
    super(message);
    this.name = 'MeetingRefused';
  }
}

type RpcError = { message: string; code?: string; hint?: string | null; details?: string | null };

function refusalOf(error: RpcError, status: number): MeetingRefused | undefined {
  if (status === 401 || error.code === 'PGRST301' || error.code === 'PGRST303')
    return new MeetingRefused('not-signed-in', 'Sign in first.');
  if (error.code === 'P0002') return new MeetingRefused('not-found', error.message);
  if (error.hint === 'not-registered') return new MeetingRefused('not-registered', error.message);
  if (error.hint === 'not-open') return new MeetingRefused('not-open', error.message, error.details ?? undefined);
  // Signed in as anon (no right to call the function at all) is still "sign in first".
  if (error.code === '42501') return new MeetingRefused('not-signed-in', error.message);
  return undefined;
}

export function meetingsAdapter(client: SundhedClient) {
  return {
    /** The caller's way into a meeting; a MeetingRefused when they may not join (now). */
    async forMe(kind: MeetingKind, id: string): Promise<MeetingAccess> {
      const answer = await client.rpc('meeting_for_me', { meeting_kind: kind, meeting: id });
      if (answer.error) {
        const refusal = refusalOf(answer.error, answer.status);
        if (refusal) throw refusal;
      }
      const [row] = unwrap(answer);
      if (!row?.role || !row.room || !row.starts_at || !row.ends_at)
        throw new MeetingRefused('not-found', 'No such meeting.');
      return {
        kind,
        role: row.role === 'moderator' ? 'moderator' : 'viewer',
        displayName: row.display_name ?? '',
        meetingName: row.meeting_name ?? 'Sundhedscenter',
        fixedUrl: row.fixed_url,
        room: row.room,
        startsAt: new Date(row.starts_at),
        endsAt: new Date(row.ends_at),
      };
    },
    /** Staff: the fixed link of their team's webinar or slot (https, at most 500 characters); null removes it. */
    async setFixedLink(kind: MeetingKind, id: string, url: string | null): Promise<void> {
      unwrap(await client.rpc('set_meeting_link', { meeting_kind: kind, meeting: id, url }));
    },
  };
}
