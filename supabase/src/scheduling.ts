import type { SundhedClient } from './client.ts';
import type { Database } from './database.types.ts';
import { unwrap } from './errors.ts';
import {
  type Booking,
  bookingOf,
  type Cancellation,
  cancellationOf,
  type FreeSlot,
  type RegistrationStatus,
  slotOf,
  type WebinarListing,
  webinarListingOf,
} from './schedulingRows.ts';

export type {
  Booking,
  Cancellation,
  FreeSlot,
  Professional,
  RegistrationStatus,
  WebinarListing,
} from './schedulingRows.ts';

/* Webinars and start-/end-sessions. The rules (seats, waitlist, double booking) are the database's. */

type Tables = Database['public']['Tables'];
export type Slot = Pick<
  Tables['appointment_slots']['Row'],
  'id' | 'kind' | 'starts_at' | 'ends_at' | 'professional_id'
>;
export type Webinar = Pick<
  Tables['webinar_sessions']['Row'],
  'id' | 'title' | 'starts_at' | 'ends_at' | 'capacity' | 'cohort_id'
>;
export function schedulingAdapter(client: SundhedClient) {
  return {
    /** Webinars that have not started, soonest first: open ones, and those of the reader's cohorts. */
    async upcomingWebinars(now: Date = new Date()): Promise<Webinar[]> {
      return unwrap(
        await client
          .from('webinar_sessions')
          .select('id, title, starts_at, ends_at, capacity, cohort_id')
          .gt('starts_at', now.toISOString())
          .order('starts_at'),
      );
    },
    /** Webinars open to the reader and not yet over, soonest first, with the reader's own place. */
    async webinarsForMe(now: Date = new Date()): Promise<WebinarListing[]> {
      const rows = unwrap(await client.rpc('webinars_for_me', { since: now.toISOString() }));
      return rows.map(webinarListingOf);
    },
    /** The meeting link, for a registered reader from 15 minutes before the start; else null. */
    async meetingLink(webinar: string): Promise<string | null> {
      const rows = unwrap(await client.from('session_links').select('meeting_url').eq('session_id', webinar));
      return rows[0]?.meeting_url ?? null;
    },
    /** Free start- and end-session times of the teams that serve the reader, soonest first. */
    async freeSlotsForMe(now: Date = new Date()): Promise<FreeSlot[]> {
      const rows = unwrap(await client.rpc('free_slots_for_me', { since: now.toISOString() }));
      return rows.map(slotOf);
    },
    /** The reader's booked sessions not yet over, with the last moment they may cancel themselves. */
    async myAppointments(now: Date = new Date()): Promise<Booking[]> {
      const rows = unwrap(await client.rpc('my_appointments', { since: now.toISOString() }));
      return rows.map(bookingOf);
    },
    /** A booked session's video link, for its citizen from 15 minutes before the start; else null. */
    async videoLink(slot: string): Promise<string | null> {
      const rows = unwrap(await client.from('slot_links').select('video_url').eq('slot_id', slot));
      return rows[0]?.video_url ?? null;
    },
    /** The reader's webinars and booked sessions the team cancelled, not yet past (where a cancellation notice leads). */
    async cancelledForMe(now: Date = new Date()): Promise<Cancellation[]> {
      const rows = unwrap(await client.rpc('cancelled_for_me', { since: now.toISOString() }));
      return rows.map(cancellationOf);
    },
    async register(webinar: string): Promise<RegistrationStatus> {
      return unwrap(await client.rpc('register_for_session', { webinar }));
    },
    async cancel(webinar: string): Promise<void> {
      unwrap(await client.rpc('cancel_registration', { webinar }));
    },
    async freeSlots(now: Date = new Date()): Promise<Slot[]> {
      return unwrap(
        await client
          .from('appointment_slots')
          .select('id, kind, starts_at, ends_at, professional_id')
          .gt('starts_at', now.toISOString())
          .order('starts_at'),
      );
    },
    /** The new appointment's id. */
    async book(slot: string): Promise<string> {
      return unwrap(await client.rpc('book_appointment', { slot }));
    },
    async cancelAppointment(appointment: string): Promise<void> {
      unwrap(await client.rpc('cancel_appointment', { appointment }));
    },
  };
}
