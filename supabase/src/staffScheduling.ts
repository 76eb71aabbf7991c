import type { SundhedClient } from './client.ts';
import type { Database } from './database.types.ts';
import { unwrap } from './errors.ts';

/*
 * Scheduling for staff (issue 15): a team plans webinars (one, or weekly) and start-/end-session
 * times (one, or a series in Danish local time), changes a webinar's capacity, and cancels webinars
 * and bookings; the citizens concerned are told by a queued notice. Every rule is the database's
 * (supabase/migrations/20261128130000_staff_scheduling.sql); refusals arrive as BackendError with
 * kind 'invalid' (the message names the argument), 'not-found' (not a team, webinar or time of
 * the caller's) or 'busy' (the professional already offers a time then). Lists of people
 * (attendees, bookings) are read through the functions that log the read.
 */

type Functions = Database['public']['Functions'];
type AppointmentKind = Database['public']['Enums']['appointment_kind'];
type AppointmentStatus = Database['public']['Enums']['appointment_status'];
/** An instant as supabase-js sends it: a Date, or an ISO 8601 string with its offset. */
type Instant = Date | string;
const iso = (at: Instant) => (at instanceof Date ? at.toISOString() : at);

export type NewWebinar = {
  team: string;
  title: string;
  startsAt: Instant;
  endsAt: Instant;
  /** 1 to 1000 seats. */
  capacity: number;
  /** 1 to 10 professionals of the team. */
  facilitators: string[];
  /** For one cohort of the team; without it, open to citizens of every municipality the team serves. */
  cohort?: string | null;
  /** An https address, given to registered citizens from 15 minutes before the start. */
  meetingUrl?: string | null;
};

/** A webinar as the team's planning page shows it: counts, never names. */
export type StaffWebinar = {
  id: string;
  title: string;
  cohortId: string | null;
  cohortTitle: string | null;
  startsAt: string;
  endsAt: string;
  capacity: number;
  registered: number;
  waiting: number;
  /** When it was cancelled; null while it goes ahead. */
  cancelledAt: string | null;
  meetingUrl: string | null;
  facilitators: { id: string; name: string }[];
};

/** Someone registered for, or waiting for, a webinar (webinar_attendees: the read is logged). */
export type Attendee = {
  citizenId: string;
  name: string;
  status: 'registered' | 'waiting';
  registeredAt: string;
  /** Marked by the team once the webinar has begun: came (true), did not (false), not marked (null). */
  attended: boolean | null;
};

export type NewSlot = {
  team: string;
  /** A professional of the team. */
  professional: string;
  kind: AppointmentKind;
  startsAt: Instant;
  /** At most 4 hours after startsAt. */
  endsAt: Instant;
  videoUrl?: string | null;
};

/** Times in a pattern, e.g. Tuesdays 09:00–12:00 in 30-minute times for six weeks. */
export type SlotSeries = {
  team: string;
  professional: string;
  kind: AppointmentKind;
  /** ISO weekdays: 1 Monday … 7 Sunday. */
  weekdays: number[];
  /** Danish local time of day, 'HH:MM'. */
  dayStarts: string;
  dayEnds: string;
  /** 10 to 240. */
  slotMinutes: number;
  /** 'YYYY-MM-DD', from today to a year ahead. */
  firstDate: string;
  /** 1 to 52; at most 500 times in all. */
  weeks: number;
  videoUrl?: string | null;
};

/** How a series went: times made, and times skipped (overlapping the professional's, or past). */
export type SeriesOutcome = { created: number; skipped: number };

export type TeamSlot = {
  id: string;
  kind: AppointmentKind;
  startsAt: string;
  endsAt: string;
  professionalId: string;
  /** When the team withdrew it (kept because someone had booked it); null while offered. */
  withdrawnAt: string | null;
};

/** A booking as the team sees it (team_bookings: the read is logged). */
export type TeamBooking = {
  appointmentId: string;
  slotId: string;
  kind: AppointmentKind;
  professionalId: string;
  citizenId: string;
  citizenName: string;
  startsAt: string;
  endsAt: string;
  status: AppointmentStatus;
  /** Marked by the team once the session has begun: held or missed; null until then. */
  outcome: 'held' | 'missed' | null;
};

type WebinarRow = Functions['team_webinars']['Returns'][number];
type AttendeeRow = Functions['webinar_attendees']['Returns'][number];
type BookingRow = Functions['team_bookings']['Returns'][number];

export const staffWebinarOf = (row: WebinarRow): StaffWebinar => ({
  id: row.id ?? '',
  title: row.title ?? '',
  cohortId: row.cohort_id ?? null,
  cohortTitle: row.cohort_title ?? null,
  startsAt: row.starts_at ?? '',
  endsAt: row.ends_at ?? '',
  capacity: row.capacity ?? 0,
  registered: row.registered ?? 0,
  waiting: row.waiting ?? 0,
  cancelledAt: row.cancelled_at ?? null,
  meetingUrl: row.meeting_url ?? null,
  facilitators: (row.facilitators ?? []) as StaffWebinar['facilitators'],
});

const attendeeOf = (row: AttendeeRow): Attendee => ({
  citizenId: row.citizen_id ?? '',
  name: row.display_name ?? '',
  status: row.status === 'registered' ? 'registered' : 'waiting',
  registeredAt: row.registered_at ?? '',
  attended: row.attended ?? null,
});

const bookingOf = (row: BookingRow): TeamBooking => ({
  appointmentId: row.appointment_id ?? '',
  slotId: row.slot_id ?? '',
  kind: row.kind ?? 'start',
  professionalId: row.professional_id ?? '',
  citizenId: row.citizen_id ?? '',
  citizenName: row.citizen_name ?? '',
  startsAt: row.starts_at ?? '',
  endsAt: row.ends_at ?? '',
  status: row.status ?? 'booked',
  outcome: row.outcome ?? null,
});

const webinarArgs = (webinar: NewWebinar) => ({
  team: webinar.team,
  title: webinar.title,
  starts_at: iso(webinar.startsAt),
  ends_at: iso(webinar.endsAt),
  capacity: webinar.capacity,
  facilitators: webinar.facilitators,
  cohort: webinar.cohort ?? null,
  meeting_url: webinar.meetingUrl ?? null,
});

export function staffSchedulingAdapter(client: SundhedClient) {
  return {
    /** Plans one webinar with its facilitators and link; its id. */
    async createWebinar(webinar: NewWebinar): Promise<string> {
      return unwrap(await client.rpc('create_webinar', webinarArgs(webinar)));
    },
    /** The same webinar weekly, `weeks` times (1–26), at the same Danish local time; the ids, soonest first. */
    async createWebinarSeries(webinar: NewWebinar, weeks: number): Promise<string[]> {
      return unwrap(await client.rpc('create_webinar_series', { ...webinarArgs(webinar), weeks }));
    },
    /** The team's webinars starting in a period (at most 366 days), cancelled ones included. */
    async teamWebinars(team: string, from: Instant, until: Instant): Promise<StaffWebinar[]> {
      const rows = unwrap(await client.rpc('team_webinars', { team, from_at: iso(from), until_at: iso(until) }));
      return rows.map(staffWebinarOf);
    },
    /** Who is registered and waiting, seated first, in order; for the team's members. The read is logged. */
    async attendees(webinar: string): Promise<Attendee[]> {
      return unwrap(await client.rpc('webinar_attendees', { webinar })).map(attendeeOf);
    },
    /** A new capacity: raised, the waitlist moves up; never below the seats given. The counts after. */
    async setCapacity(webinar: string, capacity: number): Promise<{ registered: number; waiting: number }> {
      const [row] = unwrap(await client.rpc('set_webinar_capacity', { webinar, capacity }));
      return { registered: row?.registered ?? 0, waiting: row?.waiting ?? 0 };
    },
    /** Cancels a webinar; its registered and waiting citizens are told. How many (0 if already cancelled). */
    async cancelWebinar(webinar: string): Promise<number> {
      return unwrap(await client.rpc('cancel_webinar', { webinar }));
    },
    /** Offers one time; refused ('busy') where the professional already offers one overlapping it. */
    async createSlot(slot: NewSlot): Promise<string> {
      return unwrap(
        await client.rpc('create_slot', {
          team: slot.team,
          professional: slot.professional,
          kind: slot.kind,
          starts_at: iso(slot.startsAt),
          ends_at: iso(slot.endsAt),
          video_url: slot.videoUrl ?? null,
        }),
      );
    },
    /** Offers times in a pattern, skipping those that overlap the professional's or have passed. */
    async createSlotSeries(series: SlotSeries): Promise<SeriesOutcome> {
      const [row] = unwrap(
        await client.rpc('create_slot_series', {
          team: series.team,
          professional: series.professional,
          kind: series.kind,
          weekdays: series.weekdays,
          day_starts: series.dayStarts,
          day_ends: series.dayEnds,
          slot_minutes: series.slotMinutes,
          first_date: series.firstDate,
          weeks: series.weeks,
          video_url: series.videoUrl ?? null,
        }),
      );
      return { created: row?.created ?? 0, skipped: row?.skipped ?? 0 };
    },
    /** The team's times starting in a period, booked or not, withdrawn ones marked (who booked: teamBookings). */
    async teamSlots(team: string, from: Instant, until: Instant): Promise<TeamSlot[]> {
      const rows = unwrap(
        await client
          .from('appointment_slots')
          .select('id, kind, starts_at, ends_at, professional_id, withdrawn_at')
          .eq('team_id', team)
          .gte('starts_at', iso(from))
          .lt('starts_at', iso(until))
          .order('starts_at'),
      );
      return rows.map((row) => ({
        id: row.id,
        kind: row.kind,
        startsAt: row.starts_at,
        endsAt: row.ends_at,
        professionalId: row.professional_id,
        withdrawnAt: row.withdrawn_at,
      }));
    },
    /** The team's bookings in a period of at most 92 days, for its members. The read is logged. */
    async teamBookings(team: string, from: Instant, until: Instant): Promise<TeamBooking[]> {
      const rows = unwrap(await client.rpc('team_bookings', { team, from_at: iso(from), until_at: iso(until) }));
      return rows.map(bookingOf);
    },
    /** Cancels a booking for the team; the citizen is told, and the time is free again. */
    async cancelBooking(appointment: string): Promise<void> {
      unwrap(await client.rpc('cancel_booking', { appointment }));
    },
    /**
     * Withdraws a free time; a booked one is refused ('invalid'): cancel the booking first. A time
     * once booked is kept, marked withdrawn (its cancelled bookings stay); one never booked is deleted.
     */
    async deleteSlot(slot: string): Promise<void> {
      unwrap(await client.rpc('delete_slot', { slot }));
    },
  };
}
