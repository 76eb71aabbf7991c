import { describe, expect, it } from 'vitest';
import { calendarFeedPath, escapeText, foldLine, icalendar, secretOfFeedPath, utcStamp } from '../src/index.ts';

/* The iCalendar writer the webinar's calendar file and the calendar feed share, and the feed's address. */

const octets = (text: string) => Buffer.byteLength(text);

describe('iCalendar text', () => {
  it('folds lines at 75 octets, continuing with a space, never inside a character', () => {
    for (const line of [`SUMMARY:${'a'.repeat(200)}`, `SUMMARY:${'ø'.repeat(100)}`, `SUMMARY:a${'æ'.repeat(80)}`]) {
      const pieces = foldLine(line).split('\r\n');
      expect(pieces.length).toBeGreaterThan(1);
      expect(pieces.every((piece) => octets(piece) <= 75)).toBe(true);
      expect(pieces.slice(1).every((piece) => piece.startsWith(' '))).toBe(true);
      expect(pieces.join('\r\n').replaceAll('\r\n ', '')).toBe(line);
    }
    // "SUMMARY:" and 33 two-octet letters are 74 octets: the 34th would split at 75, so it moves on.
    expect(octets(foldLine(`SUMMARY:${'ø'.repeat(100)}`).split('\r\n')[0] ?? '')).toBe(74);
    expect(foldLine(`SUMMARY:${'a'.repeat(67)}`)).toBe(`SUMMARY:${'a'.repeat(67)}`);
  });

  it('escapes text: backslash, semicolon, comma and line breaks; drops control characters, keeps tabs', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    expect(escapeText('bell\u0007 and\ttab')).toBe('bell and\ttab');
  });

  it('writes times in UTC and the calendar with CRLF line ends', () => {
    expect(utcStamp('2026-12-03T17:00:00+01:00')).toBe('20261203T160000Z');
    const text = icalendar(
      {
        product: 'Test',
        events: [{ uid: 'u@x', title: 'T', startsAt: '2026-12-03T16:00:00Z', endsAt: '2026-12-03T17:00:00Z' }],
      },
      new Date('2026-11-27T12:00:00Z'),
    );
    expect(text.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Sundhedscenter//Test//DA',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:u@x',
      'DTSTAMP:20261127T120000Z',
      'DTSTART:20261203T160000Z',
      'DTEND:20261203T170000Z',
      'SUMMARY:T',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });
});

describe('the calendar feed’s address', () => {
  it('holds the secret between /api/kalender/ and .ics, and nothing else passes as one', () => {
    const secret = '0123456789abcdef'.repeat(4);
    expect(calendarFeedPath(secret)).toBe(`/api/kalender/${secret}.ics`);
    expect(secretOfFeedPath(calendarFeedPath(secret))).toBe(secret);
    for (const path of [
      `/api/kalender/${secret}`,
      `/api/kalender/${secret.toUpperCase()}.ics`,
      `/api/kalender/${secret.slice(1)}.ics`,
      `/api/kalender/x/${secret}.ics`,
      `/api/andet/${secret}.ics`,
    ]) {
      expect(secretOfFeedPath(path), path).toBeNull();
    }
  });
});
