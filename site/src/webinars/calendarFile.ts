/*
 * A calendar file (.ics, RFC 5545) for one webinar, made in the browser from what the page shows:
 * title, start, end and a link back to the webinars page. No meeting link in it (that opens 15
 * minutes before the start, on the page) and nothing about the reader.
 */

export type CalendarEvent = { id: string; title: string; startsAt: string; endsAt: string };

/** 20261203T160000Z */
const utc = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** Text as RFC 5545 wants it: backslash, semicolon and comma escaped, line breaks as \n. */
const escapeText = (text: string) => text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');

/** Lines of at most 75 octets, continued with a space (RFC 5545 §3.1). */
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    const limit = parts.length === 0 ? 75 : 74;
    if (new TextEncoder().encode(current + char).length > limit) {
      parts.push(current);
      current = char;
    } else current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function calendarFile(event: CalendarEvent, pageUrl: string, now = new Date()): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Sundhedscenter//Webinarer//DA',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:webinar-${event.id}@sundhedscenter`,
    `DTSTAMP:${utc(now.toISOString())}`,
    `DTSTART:${utc(event.startsAt)}`,
    `DTEND:${utc(event.endsAt)}`,
    `SUMMARY:${escapeText(event.title)}`,
    `URL:${pageUrl}`,
    `DESCRIPTION:${escapeText(pageUrl)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
