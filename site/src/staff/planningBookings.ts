import { TeamBookingsElement } from './teamBookings.ts';

/* The bookings' code, loaded when the reader comes near them (staff/staffPlanning.ts). */
customElements.define('team-bookings', TeamBookingsElement);
