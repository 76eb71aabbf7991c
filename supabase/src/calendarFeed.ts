import type { SundhedClient } from './client.ts';
import { BackendError, unwrap } from './errors.ts';

/*
 * A person's private calendar feed (supabase/migrations/*_calendar_feed_and_who_may_register.sql):
 * the address a calendar subscribes to, with a secret shown once. The signed-in person makes a new
 * one (the old stops working) or stops it; the feed function reads what is behind a secret with
 * the service role. The address's form is here too, so the site that shows it and the function
 * that answers it agree.
 */

/** Where the feed function answers (functions/calendar-feed.ts, config.path). */
export const calendarFeedPrefix = '/api/kalender/';
/** 256 random bits as the database makes them: 64 lower-case hexadecimal characters. */
const secretForm = /^[0-9a-f]{64}$/;

export const calendarFeedPath = (secret: string) => `${calendarFeedPrefix}${secret}.ics`;

/** The secret in a feed's path, or null when the path is not a feed's: no need to ask the database. */
export function secretOfFeedPath(pathname: string): string | null {
  if (!pathname.startsWith(calendarFeedPrefix) || !pathname.endsWith('.ics')) return null;
  const secret = pathname.slice(calendarFeedPrefix.length, -'.ics'.length);
  return secretForm.test(secret) ? secret : null;
}

/** What the feed lists: a webinar by its public title, a session by its kind; no link, nobody's name. */
export type FeedEvent = {
  kind: 'webinar' | 'start' | 'end';
  id: string;
  /** The webinar's title; null for a session. */
  title: string | null;
  startsAt: string;
  endsAt: string;
};

const kinds = new Set<string>(['webinar', 'start', 'end']);

/** For the signed-in person (the webinars page). */
export function calendarFeedAdapter(client: SundhedClient) {
  return {
    /** A new secret; the one before stops working. Shown once: the database keeps only its hash. */
    async renew(): Promise<string> {
      return unwrap(await client.rpc('renew_calendar_feed'));
    },
    async revoke(): Promise<void> {
      unwrap(await client.rpc('revoke_calendar_feed'));
    },
    /** When the reader's current feed was made, or null when they have none. */
    async madeAt(): Promise<string | null> {
      const rows = unwrap(await client.from('calendar_feeds').select('created_at'));
      return rows[0]?.created_at ?? null;
    },
  };
}

/** For the feed function, with the service role. */
export function calendarFeedReader(client: SundhedClient) {
  return {
    /** The feed's events not over at `now`, soonest first; null when no feed has this secret (or it was stopped). */
    async events(secret: string, now: Date = new Date()): Promise<FeedEvent[] | null> {
      try {
        const rows = unwrap(await client.rpc('calendar_feed_events', { secret, since: now.toISOString() }));
        return rows.flatMap((row) =>
          row.kind && kinds.has(row.kind) && row.id && row.starts_at && row.ends_at
            ? [
                {
                  kind: row.kind as FeedEvent['kind'],
                  id: row.id,
                  title: row.title ?? null,
                  startsAt: row.starts_at,
                  endsAt: row.ends_at,
                },
              ]
            : [],
        );
      } catch (error) {
        if (error instanceof BackendError && (error.kind === 'not-found' || error.kind === 'invalid')) return null;
        throw error;
      }
    },
  };
}
