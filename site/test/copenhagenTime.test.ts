import { describe, expect, it } from 'vitest';
import { copenhagenDate, copenhagenInstant, isCalendarDate, isTimeOfDay } from '../src/lib/copenhagenTime.ts';

const iso = (date: string, time: string) => copenhagenInstant(date, time).toISOString();

describe('a Copenhagen date and time of day as an instant', () => {
  it('is an hour ahead of UTC in winter and two in summer', () => {
    expect(iso('2026-12-01', '17:00')).toBe('2026-12-01T16:00:00.000Z');
    expect(iso('2027-06-15', '09:30')).toBe('2027-06-15T07:30:00.000Z');
    expect(iso('2027-01-01', '00:00')).toBe('2026-12-31T23:00:00.000Z');
  });

  it('keeps the wall clock on the days the clocks change', () => {
    // Summer time begins Sunday 28 March 2027 at 02:00 (01:00 UTC); ends Sunday 31 October at 03:00.
    expect(iso('2027-03-28', '01:59')).toBe('2027-03-28T00:59:00.000Z');
    expect(iso('2027-03-28', '03:00')).toBe('2027-03-28T01:00:00.000Z');
    expect(iso('2027-03-28', '17:00')).toBe('2027-03-28T15:00:00.000Z');
    expect(iso('2027-10-31', '17:00')).toBe('2027-10-31T16:00:00.000Z');
    expect(iso('2027-10-31', '01:30')).toBe('2027-10-30T23:30:00.000Z');
    expect(iso('2027-10-31', '03:30')).toBe('2027-10-31T02:30:00.000Z');
  });

  it('moves a time in the skipped hour forward by the gap, and takes the first of a repeated hour', () => {
    expect(iso('2027-03-28', '02:30')).toBe('2027-03-28T01:30:00.000Z');
    expect(iso('2027-10-31', '02:30')).toBe('2027-10-31T00:30:00.000Z');
  });

  it('gives a weekly 17:00 the same wall-clock time across the change', () => {
    const weeks = ['2027-10-24', '2027-10-31', '2027-11-07'].map((date) => copenhagenInstant(date, '17:00'));
    expect(weeks.map((at) => at.toISOString())).toEqual([
      '2027-10-24T15:00:00.000Z',
      '2027-10-31T16:00:00.000Z',
      '2027-11-07T16:00:00.000Z',
    ]);
  });

  it('refuses what is not a date and a time', () => {
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isTimeOfDay('24:00')).toBe(false);
    expect(isTimeOfDay('9:00')).toBe(false);
    expect(isTimeOfDay('23:59')).toBe(true);
    expect(() => copenhagenInstant('2027-13-01', '10:00')).toThrow(RangeError);
    expect(() => copenhagenInstant('2027-01-01', '')).toThrow(RangeError);
  });

  it('names the Copenhagen date of an instant', () => {
    expect(copenhagenDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(copenhagenDate(new Date('2027-06-30T21:59:00Z'))).toBe('2027-06-30');
    expect(copenhagenDate(new Date('2027-06-30T22:00:00Z'))).toBe('2027-07-01');
  });
});
