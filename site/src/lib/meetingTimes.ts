/*
 * When a webinar or a session is, as a Danish (or English) reader says it, in Danish time wherever
 * the reader is: "tirsdag den 3. december kl. 17.00–18.00". Screen readers get the same words; the
 * <time> element carries the exact instant.
 */

const zone = 'Europe/Copenhagen';

export function meetingWhen(startsAt: string, endsAt: string, locale: 'da' | 'en'): { day: string; hours: string } {
  const tag = locale === 'da' ? 'da-DK' : 'en-GB';
  const part = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(tag, { ...options, timeZone: zone }).format(new Date(startsAt));
  // Written Danish says "tirsdag den 1. december"; engines differ on "den", so it is put together here.
  const day =
    locale === 'da'
      ? `${part({ weekday: 'long' })} den ${part({ day: 'numeric' }).replace(/\.$/, '')}. ${part({ month: 'long' })}`
      : `${part({ weekday: 'long' })} ${part({ day: 'numeric' })} ${part({ month: 'long' })}`;
  const time = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', timeZone: zone });
  const span = `${time.format(new Date(startsAt))}–${time.format(new Date(endsAt))}`;
  return { day, hours: locale === 'da' ? `kl. ${span}` : span };
}

/** One moment, "fredag den 27. november kl. 14.05": when a message was sent, a deadline. */
export function momentWhen(at: string, locale: 'da' | 'en'): string {
  const { day, hours } = meetingWhen(at, at, locale);
  return `${day} ${hours.split('–')[0]}`;
}

export const minutesBetween = (startsAt: string, endsAt: string) =>
  Math.round((new Date(endsAt).getTime() - new Date(startsAt).getTime()) / 60_000);

/** The ISO week (Danish "uge") of an instant, in Danish time, and the date of its Monday. */
export function isoWeek(iso: string): { week: number; monday: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date(iso))
      .map(({ type, value }) => [type, Number(value)]),
  ) as Record<string, number>;
  const day = new Date(Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day ?? 1));
  const weekday = (day.getUTCDay() + 6) % 7;
  const monday = new Date(day.getTime() - weekday * 86_400_000);
  // The week belongs to the year of its Thursday; week 1 holds 4 January.
  const thursday = new Date(monday.getTime() + 3 * 86_400_000);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - yearStart) / 86_400_000 / 7) + 1;
  return { week, monday: monday.toISOString().slice(0, 10) };
}
