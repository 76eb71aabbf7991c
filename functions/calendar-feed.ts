// Relative imports, so the bundler puts the adapters (TypeScript) inside the function.
import { calendarFeedReader, createSundhedClient, type FeedEvent, secretOfFeedPath } from '../supabase/src/index.ts';
import { feedCalendar } from './lib/feedCalendar.ts';
import { type FunctionSettings, functionSettings, MissingSettings } from './lib/settings.ts';

/*
 * GET /api/kalender/<secret>.ics: a person's calendar feed, for calendars that subscribe by address
 * (Google Calendar, Outlook, Apple). The secret is the only key, so it is never written to a log or
 * an answer. A malformed path, an unknown secret and a stopped one all get the same 404, and a
 * malformed one never reaches the database. Needs SUPABASE_SERVICE_ROLE_KEY.
 */

/** Calendars poll; a copy may be kept for a quarter of an hour, by the subscriber only. */
const cacheControl = 'private, max-age=900';
const plain = (status: number, text: string, headers: Record<string, string> = {}) =>
  new Response(`${text}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });

export default async function calendarFeed(request: Request): Promise<Response> {
  if (request.method !== 'GET') return plain(405, 'Use GET', { Allow: 'GET' });
  const secret = secretOfFeedPath(new URL(request.url).pathname);
  if (!secret) return plain(404, 'Ingen kalender her / No calendar here');

  let settings: FunctionSettings;
  try {
    settings = functionSettings();
  } catch (error) {
    return plain(500, error instanceof MissingSettings ? error.message : 'The function settings are invalid');
  }
  if (!settings.serviceRoleKey) return plain(500, 'Missing environment variables: SUPABASE_SERVICE_ROLE_KEY');
  const client = createSundhedClient({
    url: settings.supabaseUrl,
    anonKey: settings.serviceRoleKey,
    persistSession: false,
  });
  const now = new Date();
  let events: FeedEvent[] | null;
  try {
    events = await calendarFeedReader(client).events(secret, now);
  } catch (error) {
    // The error's kind and code only: nothing that could carry the request.
    console.error('[calendar-feed] the database did not answer:', (error as { code?: string }).code ?? 'no code');
    return plain(503, 'Prøv igen senere / Try again later', { 'Retry-After': '300' });
  }
  if (!events) return plain(404, 'Ingen kalender her / No calendar here');
  return new Response(feedCalendar(events, now), {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="sundhedscenter.ics"',
      'Cache-Control': cacheControl,
      // The address is a secret: not for search engines, not passed on as a referrer.
      'X-Robots-Tag': 'noindex',
      'Referrer-Policy': 'no-referrer',
    },
  });
}

export const config = { path: '/api/kalender/*' };
