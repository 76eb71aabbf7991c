import {
  BackendError,
  calendarFeedAdapter,
  schedulingAdapter,
  storedAccount,
  type WebinarListing,
} from '@sundhed/supabase';
import { backend } from '../account/backend.ts';
import { calendarFeedLinks } from './calendarFeedLinks.ts';

/*
 * The webinars page's backend calls, loaded with the page's list (they bring supabase-js). A
 * refusal becomes a kind the page words: not allowed, too many, offline, or unexpected.
 */

export type Refusal = 'not-allowed' | 'too-many' | 'offline' | 'unexpected';

export function refusalOf(error: unknown): Refusal {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'offline';
  if (error instanceof BackendError) {
    if (error.kind === 'not-allowed' || error.kind === 'too-many') return error.kind;
    if (/fetch/i.test(error.message)) return 'offline';
  }
  return 'unexpected';
}

const scheduling = () => schedulingAdapter(backend());
const calendarFeed = () => calendarFeedAdapter(backend());

export const signedIn = () => storedAccount(localStorage) !== undefined;
export const listWebinars = (): Promise<WebinarListing[]> => scheduling().webinarsForMe();
export const register = (id: string) => scheduling().register(id);
export const cancel = (id: string) => scheduling().cancel(id);
/** The reader's access token for the meeting function (lib/meetingLink.ts), renewed when it has expired. */
export const accessToken = async () => (await backend().auth.getSession()).data.session?.access_token;

/** When the reader's calendar link was made, or null when they have none. */
export const calendarFeedMadeAt = () => calendarFeed().madeAt();
/** A new calendar link on this site's origin; the old one stops working. */
export const renewCalendarFeed = async () => calendarFeedLinks(location.origin, await calendarFeed().renew());
export const stopCalendarFeed = () => calendarFeed().revoke();
