import { type Booking, bookingOf, type WebinarListing, webinarListingOf } from '@sundhed/supabase/schedulingRows';
import { fillPlaceholders } from '../i18n/fill.ts';
import { meetingWhen } from '../lib/meetingTimes.ts';
import { describeSession } from '../sessions/describeSession.ts';
import { rpcWithStoredSession } from './storedSessionRpc.ts';

/*
 * "Dine aftaler" on "Mit forløb": the reader's booked sessions and webinar places, soonest first,
 * each leading to the page where it is changed. Asked with a plain request (no supabase-js on this
 * light page); when that cannot be done (no connection, a session to refresh) the section says
 * where to look instead.
 */

type Appointment = { at: string; text: string; href: string };

export async function showMyAppointments(section: HTMLElement, locale: 'da' | 'en'): Promise<void> {
  const messages = JSON.parse(section.dataset.messages ?? '{}') as Record<string, string>;
  const text = (key: string, values: Record<string, string | number> = {}) =>
    fillPlaceholders(messages[key] ?? '', values);
  const since = new Date().toISOString();
  const [bookings, webinars] = await Promise.all([
    rpcWithStoredSession<Parameters<typeof bookingOf>[0][]>('my_appointments', { since }),
    rpcWithStoredSession<Parameters<typeof webinarListingOf>[0][]>('webinars_for_me', { since }),
  ]);
  section.hidden = false;
  if (!bookings || !webinars) {
    (section.querySelector('.unknown') as HTMLElement).hidden = false;
    return;
  }
  const sessionItem = (booking: Booking): Appointment => ({
    at: booking.startsAt,
    text: describeSession(booking, locale, text),
    href: section.dataset.sessions ?? '',
  });
  const webinarItem = (webinar: WebinarListing): Appointment => {
    const { day, hours } = meetingWhen(webinar.startsAt, webinar.endsAt, locale);
    const place = webinar.myStatus === 'waiting' ? ` ${text('waiting', { place: webinar.myPlace ?? '' })}` : '';
    return {
      at: webinar.startsAt,
      text: `${text('webinar', { title: webinar.title })} ${day} ${hours}${place}`,
      href: section.dataset.webinars ?? '',
    };
  };
  const all = [
    ...bookings.map(bookingOf).map(sessionItem),
    ...webinars
      .map(webinarListingOf)
      .filter(({ myStatus }) => myStatus !== null)
      .map(webinarItem),
  ].sort((a, b) => a.at.localeCompare(b.at));
  (section.querySelector('.none') as HTMLElement).hidden = all.length > 0;
  (section.querySelector('ul') as HTMLElement).replaceChildren(
    ...all.map(({ text: words, href }) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = href;
      link.textContent = words;
      item.append(link);
      return item;
    }),
  );
}
