import { type CalendarEvent, eventUid, type FeedEvent, icalendar } from '../../supabase/src/index.ts';

/*
 * The words of a person's calendar feed, Danish first with English beside: the calendar's name, and
 * each event only as "Webinar" or its session kind. Not the webinar's title: a subscribed feed is
 * kept by the calendar's company (Google, Microsoft, Apple) under the person's name, and a title
 * such as "Mad og blodsukker" tells what they are treated for; the title is one tap away on the
 * site. Where the meeting link will be, never the link: the feed's address may reach others (a
 * shared calendar), the link reaches the site from 15 minutes before the start, after sign-in.
 */

const calendarName = 'Sundhedscenter: webinarer og samtaler';
/** Calendars fetch a subscription on their own schedule; this asks for hourly where they listen. */
const feedRefreshMinutes = 60;

const sessionTitles = {
  start: 'Startsamtale (Sundhedscenter)',
  end: 'Slutsamtale (Sundhedscenter)',
};

const whereTheLinkIs = {
  webinar:
    'Linket til webinaret kommer på Sundhedscenters side Webinarer 15 minutter før start.\n' +
    'The link to the webinar appears on the Webinars page of Sundhedscenter 15 minutes before the start.',
  session:
    'Linket til samtalen kommer på Sundhedscenters side Start- og slutsamtaler 15 minutter før start.\n' +
    'The link to the session appears on the Sessions page of Sundhedscenter 15 minutes before the start.',
};

function calendarEvent(event: FeedEvent): CalendarEvent {
  const times = { startsAt: event.startsAt, endsAt: event.endsAt };
  return event.kind === 'webinar'
    ? {
        uid: eventUid('webinar', event.id),
        title: 'Webinar (Sundhedscenter)',
        description: whereTheLinkIs.webinar,
        ...times,
      }
    : {
        uid: eventUid('samtale', event.id),
        title: sessionTitles[event.kind],
        description: whereTheLinkIs.session,
        ...times,
      };
}

export function feedCalendar(events: FeedEvent[], now: Date = new Date()): string {
  return icalendar(
    { product: 'Kalender', name: calendarName, refreshMinutes: feedRefreshMinutes, events: events.map(calendarEvent) },
    now,
  );
}
