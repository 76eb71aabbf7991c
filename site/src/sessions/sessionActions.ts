import { BackendError, schedulingAdapter } from '@sundhed/supabase';
import { backend } from '../account/backend.ts';

/*
 * The sessions page's backend calls, loaded with the page (they bring supabase-js). A refusal
 * becomes a kind the page words: taken, too late to cancel, not allowed, offline, unexpected.
 */

export type Refusal = 'taken' | 'too-late' | 'not-allowed' | 'offline' | 'unexpected';

export function refusalOf(error: unknown, action: 'book' | 'cancel'): Refusal {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'offline';
  if (error instanceof BackendError) {
    if (error.kind === 'taken' || error.kind === 'busy') return 'taken';
    // The only refusal of a valid cancellation is the team's cut-off (22023).
    if (error.kind === 'invalid' && action === 'cancel') return 'too-late';
    if (error.kind === 'not-allowed') return 'not-allowed';
    if (/fetch/i.test(error.message)) return 'offline';
  }
  return 'unexpected';
}

const scheduling = () => schedulingAdapter(backend());

export const freeSlots = () => scheduling().freeSlotsForMe();
export const myAppointments = () => scheduling().myAppointments();
export const book = (slot: string) => scheduling().book(slot);
export const cancel = (appointment: string) => scheduling().cancelAppointment(appointment);
/** The reader's access token for the meeting function (lib/meetingLink.ts), renewed when it has expired. */
export const accessToken = async () => (await backend().auth.getSession()).data.session?.access_token;
