/*
 * iCalendar text (RFC 5545), written in one place for the calendar file of one webinar (made in the
 * browser, site/src/webinars/calendarFile.ts) and a person's calendar feed (functions/calendar-feed.ts):
 * lines ended by CRLF and folded at 75 octets, text escaped, times in UTC. No dependencies, so the
 * site can import it (`@sundhed/supabase/icalendar`) without loading supabase-js.
 */

export type CalendarEvent = {
  /** Stable for the same event in every file and feed (eventUid), so calendars update it in place. */
  uid: string;
  title: string;
  startsAt: string;
  endsAt: string;
  description?: string;
  url?: string;
};

export type Calendar = {
  /** Which of our calendars this is, in PRODID: "Webinarer", "Kalender". */
  product: string;
  /** The name a subscribed calendar shows (X-WR-CALNAME and RFC 7986 NAME). */
  name?: string;
  /** How often a subscribing calendar should fetch it again. */
  refreshMinutes?: number;
  events: CalendarEvent[];
};

/** One UID per webinar or booked session, whichever file or feed it appears in. */
export const eventUid = (kind: 'webinar' | 'samtale', id: string) => `${kind}-${id}@sundhedscenter`;

/** 20261203T160000Z */
export const utcStamp = (time: string | Date) =>
  new Date(time)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/**
 * TEXT as RFC 5545 §3.3.11 wants it: backslash, semicolon and comma escaped, line breaks as \n,
 * other control characters (not allowed in TEXT) left out. Titles are staff's text.
 */
export const escapeText = (text: string) =>
  text
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\r\n?|\n/g, '\\n')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '');

const encoder = new TextEncoder();

/**
 * A content line in pieces of at most 75 octets, each continued on the next line after a space
 * (RFC 5545 §3.1). A character is never split: Danish letters are two octets in UTF-8.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const pieces: string[] = [];
  let piece = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The continuation's leading space counts: 74 octets of content after the first line.
    if (octets + size > (pieces.length === 0 ? 75 : 74)) {
      pieces.push(piece);
      piece = '';
      octets = 0;
    }
    piece += char;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join('\r\n ');
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${utcStamp(event.startsAt)}`,
    `DTEND:${utcStamp(event.endsAt)}`,
    `SUMMARY:${escapeText(event.title)}`,
    ...(event.url ? [`URL:${event.url}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    'END:VEVENT',
  ];
}

/** The whole calendar: `now` is each event's DTSTAMP (when this copy was made). */
export function icalendar(calendar: Calendar, now: Date = new Date()): string {
  const stamp = utcStamp(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Sundhedscenter//${calendar.product}//DA`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(calendar.name ? [`X-WR-CALNAME:${escapeText(calendar.name)}`, `NAME:${escapeText(calendar.name)}`] : []),
    ...(calendar.refreshMinutes
      ? [
          `REFRESH-INTERVAL;VALUE=DURATION:PT${calendar.refreshMinutes}M`,
          `X-PUBLISHED-TTL:PT${calendar.refreshMinutes}M`,
        ]
      : []),
    ...calendar.events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
