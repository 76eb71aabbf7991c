/*
 * How long a citizen has waited, in the working days a team promises to answer within: weekdays in
 * Denmark that are not public holidays. Municipal offices also close on Grundlovsdag (5 June),
 * Christmas Eve and New Year's Eve, so those do not count either. Store bededag was abolished from
 * 2024. Days are Copenhagen days, whatever the reader's own time zone.
 */

const copenhagenDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The Copenhagen calendar day of an instant, as a UTC midnight (so day arithmetic is exact). */
function dayOf(at: Date): Date {
  return new Date(`${copenhagenDay.format(at)}T00:00:00Z`);
}

const addDays = (day: Date, days: number) => new Date(day.getTime() + days * 86_400_000);
const key = (day: Date) => day.toISOString().slice(0, 10);

/** Easter Sunday of a year (the Gregorian computus, after Meeus/Jones/Butcher). */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

const closedDaysByYear = new Map<number, Set<string>>();

/** The days a Danish municipality is closed in a year, weekends aside. */
export function closedDays(year: number): Set<string> {
  const known = closedDaysByYear.get(year);
  if (known) return known;
  const easter = easterSunday(year);
  const fixed = ['01-01', '06-05', '12-24', '12-25', '12-26', '12-31'].map((date) => `${year}-${date}`);
  // Maundy Thursday, Good Friday, Easter Sunday and Monday, Ascension Day, Whit Sunday and Monday.
  const moving = [-3, -2, 0, 1, 39, 49, 50].map((offset) => key(addDays(easter, offset)));
  const days = new Set([...fixed, ...moving]);
  closedDaysByYear.set(year, days);
  return days;
}

export function isWorkingDay(day: Date): boolean {
  const weekday = day.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !closedDays(day.getUTCFullYear()).has(key(day));
}

/**
 * The working days after the day a message came, up to and including today: Monday's message has
 * waited 1 on Tuesday and 2 on Wednesday; Friday's has waited 1 on Monday.
 */
export function workingDaysWaited(since: Date, now: Date): number {
  const last = dayOf(now);
  let count = 0;
  // At most a year of days: a wait longer than that is long past any limit anyway.
  for (let day = addDays(dayOf(since), 1), steps = 0; day <= last && steps < 366; day = addDays(day, 1), steps++) {
    if (isWorkingDay(day)) count++;
  }
  return count;
}

/** Past the team's limit: answered within `limit` working days means by the end of the limit-th day. */
export const pastLimit = (since: Date, now: Date, limit: number) => workingDaysWaited(since, now) > limit;
