/*
 * A date and time of day as a Danish planner writes them ("2027-03-28", "02:30") turned into the
 * instant they mean in Copenhagen, whatever the browser's own time zone, across the changes to and
 * from summer time. A time that does not exist (the hour skipped in spring) moves forward by the
 * gap, as a wall clock does; a time that happens twice (the hour repeated in autumn) is the first.
 * These are the rules of Temporal's "compatible" disambiguation, and of PostgreSQL's `at time zone`.
 */

const zone = 'Europe/Copenhagen';

const wallClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: zone,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Copenhagen's offset from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function offsetAt(at: number): number {
  const parts = Object.fromEntries(wallClock.formatToParts(new Date(at)).map(({ type, value }) => [type, value]));
  const local = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return local - Math.floor(at / 1000) * 1000;
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^(\d{2}):(\d{2})$/;

/** Whether a string is a real calendar date, 'YYYY-MM-DD'. */
export function isCalendarDate(date: string): boolean {
  const match = datePattern.exec(date);
  if (!match) return false;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return day.toISOString().slice(0, 10) === date;
}

/** Whether a string is a time of day, 'HH:MM' from 00:00 to 23:59. */
export function isTimeOfDay(time: string): boolean {
  const match = timePattern.exec(time);
  return Boolean(match && Number(match[1]) < 24 && Number(match[2]) < 60);
}

/** The instant of a Copenhagen date and time of day; throws RangeError for a malformed one. */
export function copenhagenInstant(date: string, time: string): Date {
  if (!isCalendarDate(date) || !isTimeOfDay(time)) throw new RangeError(`Not a date and time: ${date} ${time}`);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const asIfUtc = Date.UTC(year, month - 1, day, hour, minute);
  // The offsets in force a day either side: the same, or the two of a change of clocks that day.
  const offsets = [...new Set([offsetAt(asIfUtc - 86_400_000), offsetAt(asIfUtc + 86_400_000)])].sort((a, b) => b - a);
  // Larger offset first gives the earlier instant: the first of a repeated hour.
  for (const offset of offsets) {
    const at = asIfUtc - offset;
    if (offsetAt(at) === offset) return new Date(at);
  }
  // In the skipped hour: read with the offset before the change, which lands after it (02:30 → 03:30).
  return new Date(asIfUtc - Math.min(...offsets));
}

/** The Copenhagen calendar date of an instant, 'YYYY-MM-DD'. */
export function copenhagenDate(at: Date): string {
  const parts = Object.fromEntries(wallClock.formatToParts(at).map(({ type, value }) => [type, value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
