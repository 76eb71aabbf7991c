import type { TeamBooking, TeamSlot } from '@sundhed/supabase';
import {
  confirmation,
  type PlanningContext,
  type PlanningPart,
  type PlanningTopic,
  refusalText,
  when,
} from './planningContext.ts';

/*
 * The team's bookings in the next four weeks (who, which session, when, with whom), each with
 * cancelling after a confirmation that says the citizen is told; and the times still free, each
 * with deleting. Reading the bookings is logged by the database (team_bookings). Names are set as
 * text. After a change the lists are drawn again and focus goes to the next row's control.
 */

const day = 86_400_000;
const weeksShown = 4;

export class TeamBookingsElement extends HTMLElement implements PlanningPart {
  readonly topic: PlanningTopic = 'slots';
  #context: PlanningContext | undefined;

  async show(context: PlanningContext) {
    this.#context = context;
    await this.#load();
    (this.querySelector('.part-loading') as HTMLElement).hidden = true;
  }

  get #ctx(): PlanningContext {
    return this.#context as PlanningContext;
  }

  #say(text: string) {
    (this.querySelector('.said') as HTMLElement).textContent = text;
  }

  #fail(error: unknown) {
    (this.querySelector('.list-error') as HTMLElement).textContent = refusalText(this.#ctx, error);
  }

  #professional(id: string): string {
    return this.#ctx.team.members.find((member) => member.id === id)?.name ?? '';
  }

  /** The lists again; focus on the row at `focus` of the list named (or the list). */
  async #load(focus?: { list: 'booked' | 'free'; index: number }) {
    const team = this.#ctx.team.team_id as string;
    const scheduling = this.#ctx.actions.scheduling();
    const from = new Date();
    const until = new Date(from.getTime() + weeksShown * 7 * day);
    const [bookings, slots] = await Promise.all([
      scheduling.teamBookings(team, from, until),
      scheduling.teamSlots(team, from, until),
    ]);
    (this.querySelector('.list-error') as HTMLElement).textContent = '';
    const booked = bookings.filter((booking) => booking.status === 'booked');
    const taken = new Set(booked.map(({ slotId }) => slotId));
    // Withdrawn times are kept for their history (a cancelled booking), not offered: not listed.
    const free = slots.filter((slot) => !taken.has(slot.id) && slot.withdrawnAt === null);

    const bookedList = this.querySelector('ol.bookings') as HTMLOListElement;
    bookedList.replaceChildren(
      ...this.#rows(
        booked.map((booking) => this.#bookingRow(booking)),
        'bookings.none',
      ),
    );
    (this.querySelector('.free-count') as HTMLElement).textContent = this.#ctx.text('bookings.free', {
      count: free.length,
    });
    const freeList = this.querySelector('ol.free-slots') as HTMLOListElement;
    freeList.replaceChildren(
      ...this.#rows(
        free.map((slot) => this.#freeRow(slot)),
        'bookings.freeNone',
      ),
    );
    if (!focus) return;
    const list = focus.list === 'booked' ? bookedList : freeList;
    const rows = [...list.querySelectorAll<HTMLElement>('li')];
    // The row that took its place, or the list itself when none is left to act on.
    (rows[Math.min(focus.index, rows.length - 1)]?.querySelector<HTMLElement>('button') ?? list).focus();
  }

  #rows(items: HTMLLIElement[], none: string): HTMLLIElement[] {
    if (items.length > 0) return items;
    const item = document.createElement('li');
    item.textContent = this.#ctx.text(none);
    return [item];
  }

  #bookingRow(booking: TeamBooking): HTMLLIElement {
    const { text } = this.#ctx;
    const item = document.createElement('li');
    item.dataset.appointment = booking.appointmentId;
    const facts = {
      citizen: booking.citizenName,
      kind: text(`kind.${booking.kind}`),
      when: when(this.#ctx, booking.startsAt, booking.endsAt),
      professional: this.#professional(booking.professionalId),
    };
    const line = document.createElement('p');
    line.textContent = text('bookings.row', facts);
    const cancel = document.createElement('button');
    cancel.type = 'button';
    cancel.className = 'secondary';
    cancel.textContent = text('bookings.cancel');
    cancel.addEventListener('click', () => {
      const ask = confirmation(
        `aflys-booking-${booking.appointmentId}`,
        text('bookings.confirmCancel', facts),
        text('bookings.confirmYes'),
        text('bookings.confirmNo'),
        (confirmed) => {
          ask.remove();
          cancel.hidden = false;
          if (confirmed) void this.#cancel(booking, item);
          else {
            this.#say(text('bookings.kept'));
            cancel.focus();
          }
        },
      );
      cancel.hidden = true;
      item.append(ask);
      (ask.querySelector('[data-part="confirm-no"]') as HTMLElement).focus();
    });
    item.append(line, cancel);
    return item;
  }

  #freeRow(slot: TeamSlot): HTMLLIElement {
    const { text } = this.#ctx;
    const item = document.createElement('li');
    const line = document.createElement('span');
    line.textContent = text('bookings.freeRow', {
      kind: text(`kind.${slot.kind}`),
      when: when(this.#ctx, slot.startsAt, slot.endsAt),
      professional: this.#professional(slot.professionalId),
    });
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'secondary';
    remove.textContent = text('bookings.delete');
    // The button names the time it deletes, for a list of buttons read out of context.
    remove.setAttribute('aria-label', `${text('bookings.delete')}: ${line.textContent}`);
    remove.addEventListener('click', () => void this.#delete(slot, item));
    item.append(line, ' ', remove);
    return item;
  }

  async #cancel(booking: TeamBooking, item: HTMLLIElement) {
    const index = [...(item.parentElement?.children ?? [])].indexOf(item);
    try {
      await this.#ctx.actions.scheduling().cancelBooking(booking.appointmentId);
      await this.#load({ list: 'booked', index });
      this.#say(this.#ctx.text('bookings.cancelled', { citizen: booking.citizenName }));
    } catch (error) {
      this.#fail(error);
    }
  }

  async #delete(slot: TeamSlot, item: HTMLLIElement) {
    const index = [...(item.parentElement?.children ?? [])].indexOf(item);
    try {
      await this.#ctx.actions.scheduling().deleteSlot(slot.id);
      await this.#load({ list: 'free', index });
      this.#say(this.#ctx.text('bookings.deleted'));
    } catch (error) {
      this.#fail(error);
    }
  }
}
