import { describe, expect, it } from 'vitest';
import { planningRefusal } from '../src/staff/planningRefusal.ts';

const refused = (code: string, message: string) => planningRefusal({ code, message });

describe("the planning page's words for the database's refusals", () => {
  it('names the field a 22023 message names, to mark and focus it', () => {
    expect(refused('22023', 'title must be 1 to 160 characters.')).toEqual({ key: 'field.title', field: 'title' });
    expect(refused('22023', 'starts_at must be in the future.')).toEqual({ key: 'field.date', field: 'date' });
    expect(refused('22023', 'ends_at must be after starts_at, at most 8 hours later.')).toEqual({
      key: 'field.ends',
      field: 'ends',
    });
    expect(refused('22023', 'facilitators must name 1 to 10 professionals of the team.').field).toBe('facilitators');
    expect(refused('22023', 'meeting_url must be an https address of at most 500 characters.').field).toBe('url');
    expect(refused('22023', 'weekdays must be ISO weekday numbers, 1 (Monday) to 7 (Sunday).').field).toBe('weekdays');
    expect(refused('22023', 'From day_starts to day_ends there is no room for one time of slot_minutes.').field).toBe(
      'minutes',
    );
    expect(refused('22023', 'first_date must be from today to a year ahead.').field).toBe('firstDate');
  });

  it('words refusals about the webinar or time itself', () => {
    expect(refused('22023', 'capacity cannot be lower than the 7 seats already given.')).toEqual({
      key: 'seatsGiven',
      count: 7,
    });
    expect(refused('22023', 'The webinar has started; its capacity is settled.').key).toBe('started');
    expect(refused('22023', 'This time is booked: cancel the booking first, so the citizen is told.').key).toBe(
      'booked',
    );
    expect(refused('22023', 'A series may have at most 500 times; this one would have 600.').key).toBe('tooManyTimes');
    expect(refused('22023', 'Something new.').key).toBe('invalid');
  });

  it('maps the other codes, and a lost connection', () => {
    expect(refused('P0002', 'No such webinar in your teams.').key).toBe('not-found');
    expect(refused('42501', 'permission denied').key).toBe('not-allowed');
    expect(refused('23P01', 'The professional already offers a time that overlaps this one.').key).toBe('busy');
    expect(planningRefusal(new TypeError('Failed to fetch')).key).toBe('offline');
    expect(planningRefusal({ code: 'P0002' }, false).key).toBe('offline');
    expect(planningRefusal(undefined).key).toBe('unexpected');
  });
});
