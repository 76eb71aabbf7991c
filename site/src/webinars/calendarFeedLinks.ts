import { calendarFeedPath } from '@sundhed/supabase';

/*
 * The addresses of a calendar feed, on the site's own origin: Netlify serves the feed function
 * (functions/calendar-feed.ts) beside the site, so the origin the page came from is the right one,
 * on a deploy preview as in production. The https address is for pasting ("add calendar from
 * URL"); the webcal one opens a calendar app that subscribes by it (Apple Calendar, Outlook).
 */
export function calendarFeedLinks(origin: string, secret: string): { https: string; webcal: string } {
  const https = new URL(calendarFeedPath(secret), origin).href;
  return { https, webcal: https.replace(/^https?:/, 'webcal:') };
}
