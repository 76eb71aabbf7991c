import { describe, expect, it } from 'vitest';
import { isoWeek, meetingWhen, minutesBetween } from '../src/lib/meetingTimes.ts';

describe('times of webinars and sessions', () => {
  it('say day and hours in Danish time, in Danish and English form', () => {
    const start = '2026-12-01T16:00:00Z';
    const end = '2026-12-01T17:00:00Z';
    expect(meetingWhen(start, end, 'da')).toEqual({ day: 'tirsdag den 1. december', hours: 'kl. 17.00–18.00' });
    expect(meetingWhen(start, end, 'en')).toEqual({ day: 'Tuesday 1 December', hours: '17:00–18:00' });
    expect(minutesBetween(start, end)).toBe(60);
  });

  it('know the week, as Danish calendars number it, in Danish time', () => {
    expect(isoWeek('2026-11-27T10:00:00Z')).toEqual({ week: 48, monday: '2026-11-23' });
    expect(isoWeek('2026-12-28T10:00:00Z')).toEqual({ week: 53, monday: '2026-12-28' });
    expect(isoWeek('2027-01-01T10:00:00Z')).toEqual({ week: 53, monday: '2026-12-28' });
    expect(isoWeek('2027-01-04T10:00:00Z')).toEqual({ week: 1, monday: '2027-01-04' });
    // Sunday 23:30 UTC is Monday in Denmark.
    expect(isoWeek('2026-11-29T23:30:00Z')).toEqual({ week: 49, monday: '2026-11-30' });
  });
});
