import type { SundhedClient } from './client.ts';
import type { Database } from './database.types.ts';
import { unwrap } from './errors.ts';

/* Webinars and start-/end-sessions. The rules (seats, waitlist, double booking) are the database's. */

type Tables = Database['public']['Tables'];
export type Webinar = Pick<
  Tables['webinar_sessions']['Row'],
  'id' | 'title' | 'starts_at' | 'ends_at' | 'capacity' | 'cohort_id'
>;
export type RegistrationStatus = Database['public']['Enums']['registration_status'];
export type Slot = Pick<
  Tables['appointment_slots']['Row'],
  'id' | 'kind' | 'starts_at' | 'ends_at' | 'professional_id'
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
