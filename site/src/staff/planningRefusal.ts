/*
 * The database's refusals on the planning page, worded for the planner: which message to show,
 * and which field it is about (to mark and focus). The scheduling functions name the argument at
 * fault in their message (supabase/migrations/20261128130000_staff_scheduling.sql), and their
 * SQLSTATE says the kind: 22023 a value the rules refuse, P0002 nothing of the team's by that id,
 * 42501 not allowed, 23P01 the professional already offers a time then. Pure, so it is tested
 * without a browser.
 */

export type PlanningRefusal = {
  /** A key under `staffPlanning.error.`. */
  key: string;
  /** The argument the database named, as the form's field name. */
  field?: string;
  /** A number the message carries (the seats already given). */
  count?: number;
};

/** The argument a 22023 message begins with, and the field that holds it. */
const fieldOfArgument: [RegExp, string][] = [
  [/^title /, 'title'],
  [/^starts_at /, 'date'],
  [/^ends_at /, 'ends'],
  [/^capacity must/, 'capacity'],
  [/^facilitators /, 'facilitators'],
  [/^(meeting_url|video_url|url) /, 'url'],
  [/^weeks /, 'weeks'],
  [/^professional /, 'professional'],
  [/^weekdays /, 'weekdays'],
  [/^slot_minutes /, 'minutes'],
  [/^day_ends /, 'dayEnds'],
  [/^From day_starts to day_ends/, 'minutes'],
  [/^first_date /, 'firstDate'],
];

/** Refusals that are about the thing, not a field. */
const stateOf: [RegExp, string][] = [
  [/cannot be lower than the (\d+) seats/, 'seatsGiven'],
  [/has started/, 'started'],
  [/is cancelled/, 'cancelled'],
  [/is over/, 'over'],
  [/is booked/, 'booked'],
  [/at most 500 times/, 'tooManyTimes'],
];

export function planningRefusal(error: unknown, online = true): PlanningRefusal {
  if (!online) return { key: 'offline' };
  const { code, message = '' } = (error ?? {}) as { code?: string; message?: string };
  if (code === 'P0002') return { key: 'not-found' };
  if (code === '42501') return { key: 'not-allowed' };
  if (code === '23P01') return { key: 'busy', field: 'date' };
  if (code === '22023' || code === '22P02') {
    for (const [pattern, key] of stateOf) {
      const match = pattern.exec(message);
      if (match) return match[1] ? { key, count: Number(match[1]) } : { key };
    }
    for (const [pattern, field] of fieldOfArgument) if (pattern.test(message)) return { key: `field.${field}`, field };
    return { key: 'invalid' };
  }
  if (/fetch|network/i.test(message)) return { key: 'offline' };
  return { key: 'unexpected' };
}
