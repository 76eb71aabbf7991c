import { eventUid, icalendar } from '@sundhed/supabase/icalendar';

/*
 * A calendar file (.ics) for one webinar, made in the browser from what the page shows: title,
 * start, end and a link back to the webinars page. No meeting link in it (that opens 15 minutes
 * before the start, on the page) and nothing about the reader. The iCalendar rules (folding,
 * escaping, UTC times, the event's UID) are shared with the calendar feed: supabase/src/icalendar.ts.
 */

export type WebinarTimes = { id: string; title: string; startsAt: string; endsAt: string };

export function calendarFile(webinar: WebinarTimes, pageUrl: string, now = new Date()): string {
  const { id, title, startsAt, endsAt } = webinar;
  return icalendar(
    {
      product: 'Webinarer',
      events: [{ uid: eventUid('webinar', id), title, startsAt, endsAt, url: pageUrl, description: pageUrl }],
    },
    now,
  );
}
