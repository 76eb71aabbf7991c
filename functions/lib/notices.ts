import { escapeHtml } from '../../supabase/src/escapeHtml.ts';
import type { NoticeKind } from '../../supabase/src/notifications.ts';
import type { Mail } from './mailer.ts';

/*
 * The words of each notice, by e-mail and by push, Danish first with English beside. Only that there is something new,
 * and where to look: no webinar title, no time, nothing about anyone's health (Danish guidance on
 * e-mail and health data). The link leads to the page; the details are there, after sign-in.
 */

const texts: Record<NoticeKind, { da: string; en: string; page: 'webinarer' | 'samtaler' | 'beskeder' }> = {
  seat_granted: {
    da: 'Du har fået en plads på et webinar, som du stod på venteliste til.',
    en: 'You have got a seat at a webinar you were on the waiting list for.',
    page: 'webinarer',
  },
  webinar_tomorrow: {
    da: 'Du er tilmeldt et webinar i morgen.',
    en: 'You are signed up for a webinar tomorrow.',
    page: 'webinarer',
  },
  webinar_soon: {
    da: 'Dit webinar begynder snart.',
    en: 'Your webinar starts soon.',
    page: 'webinarer',
  },
  // Which webinar or session is on the page, after sign-in; a cancellation is sent whatever the
  // person's choices (it changes a plan they made).
  webinar_cancelled: {
    da: 'Et webinar, du var tilmeldt eller på venteliste til, er aflyst.',
    en: 'A webinar you were signed up or on the waiting list for has been cancelled.',
    page: 'webinarer',
  },
  appointment_cancelled: {
    da: 'En samtale, du havde booket, er aflyst. Du kan booke en ny tid.',
    en: 'A session you had booked has been cancelled. You can book a new time.',
    page: 'samtaler',
  },
  new_message: {
    da: 'Du har fået en ny besked fra dit sundhedsteam.',
    en: 'You have a new message from your health team.',
    page: 'beskeder',
  },
};

export function noticeMail(kind: NoticeKind, to: string, siteUrl: string): Mail {
  const { da, en, page } = texts[kind];
  const link = new URL(`/${page}/`, siteUrl).href;
  const subject = 'Nyt fra Sundhedscenter / News from Sundhedscenter';
  const text = `${da}\nSe mere: ${link}\n\n${en}\nSee more: ${link}\n`;
  const html = `<p>${escapeHtml(da)}</p><p><a href="${escapeHtml(link)}">Se mere</a></p><hr><div lang="en"><p>${escapeHtml(en)}</p><p><a href="${escapeHtml(link)}">See more</a></p></div>`;
  return { to, subject, text, html };
}

/** A push message's content: the service worker shows it as a notification that opens the page. */
export type PushNotice = { title: string; body: string; lang: 'da'; url: string };

export function noticePush(kind: NoticeKind, siteUrl: string): PushNotice {
  const { da, page } = texts[kind];
  return { title: 'Sundhedscenter', body: da, lang: 'da', url: new URL(`/${page}/`, siteUrl).href };
}
