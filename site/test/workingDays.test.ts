import { describe, expect, it } from 'vitest';
import { closedDays, easterSunday, pastLimit, workingDaysWaited } from '../src/staff/workingDays.ts';

/* Working days as Danish municipalities count them, in Copenhagen days. */

const at = (iso: string) => new Date(iso);

describe('working days waited', () => {
  it('finds Easter Sunday for known years', () => {
    expect(easterSunday(2026).toISOString().slice(0, 10)).toBe('2026-04-05');
    expect(easterSunday(2027).toISOString().slice(0, 10)).toBe('2027-03-28');
    expect(easterSunday(2030).toISOString().slice(0, 10)).toBe('2030-04-21');
  });

  it("knows 2026's closed days, and no Store bededag", () => {
    expect([...closedDays(2026)].sort()).toEqual([
      '2026-01-01',
      '2026-04-02',
      '2026-04-03',
      '2026-04-05',
      '2026-04-06',
      '2026-05-14',
      '2026-05-24',
      '2026-05-25',
      '2026-06-05',
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
      '2026-12-31',
    ]);
  });

  it('counts the working days after the day the message came, up to today', () => {
    // Monday 30 November 2026, 10:00 in Copenhagen.
    const monday = at('2026-11-30T09:00:00Z');
    expect(workingDaysWaited(monday, at('2026-11-30T15:00:00Z'))).toBe(0);
    expect(workingDaysWaited(monday, at('2026-12-01T08:00:00Z'))).toBe(1);
    expect(workingDaysWaited(monday, at('2026-12-02T08:00:00Z'))).toBe(2);
    expect(pastLimit(monday, at('2026-12-02T20:00:00Z'), 2)).toBe(false);
    expect(pastLimit(monday, at('2026-12-03T07:00:00Z'), 2)).toBe(true);
  });

  it('skips weekends and holidays: Friday before Easter to the Tuesday after is one day', () => {
    // Written Wednesday 1 April 2026; Maundy Thursday to Easter Monday are closed.
    expect(workingDaysWaited(at('2026-04-01T10:00:00Z'), at('2026-04-07T10:00:00Z'))).toBe(1);
    // Friday evening to Monday.
    expect(workingDaysWaited(at('2026-11-27T17:00:00Z'), at('2026-11-30T10:00:00Z'))).toBe(1);
  });

  it('uses Copenhagen days: 23:30 UTC on a Monday is already Tuesday there', () => {
    expect(workingDaysWaited(at('2026-11-30T23:30:00Z'), at('2026-12-01T10:00:00Z'))).toBe(0);
  });
});
