/*
 * When a webinar is, as a Danish (or English) reader says it, in Danish time wherever the reader is:
 * "tirsdag den 3. december kl. 17.00–18.00". Screen readers get the same words; the <time> element
 * carries the exact instant.
 */

const zone = 'Europe/Copenhagen';

export function webinarWhen(startsAt: string, endsAt: string, locale: 'da' | 'en'): { day: string; hours: string } {
  const tag = locale === 'da' ? 'da-DK' : 'en-GB';
  const day = new Intl.DateTimeFormat(tag, { weekday: 'long', day: 'numeric', month: 'long', timeZone: zone }).format(
    new Date(startsAt),
  );
  const time = new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', timeZone: zone });
  const span = `${time.format(new Date(startsAt))}–${time.format(new Date(endsAt))}`;
  return { day, hours: locale === 'da' ? `kl. ${span}` : span };
}

export const minutesBetween = (startsAt: string, endsAt: string) =>
  Math.round((new Date(endsAt).getTime() - new Date(startsAt).getTime()) / 60_000);
