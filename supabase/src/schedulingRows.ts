import type { Database } from './database.types.ts';

/*
 * Webinars and booked sessions as the site shows them, made from the rows the database's functions
 * answer (webinars_for_me, free_slots_for_me, my_appointments). No client here: a page that asks
 * with a plain request (Mit forløb) shapes the rows the same way as supabase-js callers do.
 */

export type RegistrationStatus = Database['public']['Enums']['registration_status'];
/** A webinar as the webinars page shows it (webinars_for_me): counts, never other people. */
export type WebinarListing = {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  forCohort: boolean;
  seatsLeft: number;
  facilitators: { name: string; title: string | null }[];
  /** The reader's registration, if any (a cancelled one counts as none). */
  myStatus: 'registered' | 'waiting' | null;
  /** 1 for the first on the waitlist; null unless waiting. */
  myPlace: number | null;
  /** Whether the reader may register (private.may_register): the page offers it only then. */
  mayRegister: boolean;
};
/** Someone a citizen meets, as they are shown: display name and professional title. */
export type Professional = { name: string; title: string | null };
export type FreeSlot = {
  id: string;
  kind: 'start' | 'end';
  startsAt: string;
  endsAt: string;
  professional: Professional;
};
export type Booking = FreeSlot & { slotId: string; cancelUntil: string };

type SlotRow = {
  id: string | null;
  kind: 'start' | 'end' | null;
  starts_at: string | null;
  ends_at: string | null;
  professional_name: string | null;
  professional_title: string | null;
};
export const slotOf = (row: SlotRow): FreeSlot => ({
  id: row.id ?? '',
  kind: row.kind ?? 'start',
  startsAt: row.starts_at ?? '',
  endsAt: row.ends_at ?? '',
  professional: { name: row.professional_name ?? '', title: row.professional_title ?? null },
});

type WebinarRow = Database['public']['Functions']['webinars_for_me']['Returns'][number];
type BookingRow = SlotRow & { slot_id: string | null; cancel_until: string | null };

export const webinarListingOf = (row: WebinarRow): WebinarListing => ({
  id: row.id ?? '',
  title: row.title ?? '',
  startsAt: row.starts_at ?? '',
  endsAt: row.ends_at ?? '',
  forCohort: row.for_cohort ?? false,
  seatsLeft: row.seats_left ?? 0,
  facilitators: (row.facilitators ?? []) as WebinarListing['facilitators'],
  myStatus: row.my_status === 'registered' || row.my_status === 'waiting' ? row.my_status : null,
  myPlace: row.my_place ?? null,
  mayRegister: row.may_register ?? false,
});

export const bookingOf = (row: BookingRow): Booking => ({
  ...slotOf(row),
  slotId: row.slot_id ?? '',
  cancelUntil: row.cancel_until ?? '',
});

/** A webinar or booked session the team cancelled for the reader (cancelled_for_me). */
export type Cancellation = {
  kind: 'webinar' | 'start' | 'end';
  id: string;
  /** The webinar's title; null for a session. */
  title: string | null;
  startsAt: string;
  endsAt: string;
  cancelledAt: string;
};
type CancellationRow = Database['public']['Functions']['cancelled_for_me']['Returns'][number];

export const cancellationOf = (row: CancellationRow): Cancellation => ({
  kind: row.kind === 'start' || row.kind === 'end' ? row.kind : 'webinar',
  id: row.id ?? '',
  title: row.title ?? null,
  startsAt: row.starts_at ?? '',
  endsAt: row.ends_at ?? '',
  cancelledAt: row.cancelled_at ?? '',
});
