import type { Booking, FreeSlot } from '@sundhed/supabase';
import { storedAccount } from '@sundhed/supabase/session';
import { fillPlaceholders } from '../i18n/fill.ts';
import { showMeetingJoin } from '../lib/meetingLink.ts';
import { isoWeek, momentWhen } from '../lib/meetingTimes.ts';
import { describeSession } from './describeSession.ts';

/*
 * The sessions page (views/SessionsPage.astro): the reader's booked sessions, each with the last
 * moment to cancel here, and the free times of the teams that serve them, by week. Names are
 * staff's text, set as text. After booking or cancelling both lists are drawn again, the status
 * line says what happened, and focus goes to the heading of the list that changed.
 */

type Actions = typeof import('./sessionActions.ts');

export class SessionBookingElement extends HTMLElement {
  #messages: Record<string, string> = {};
  #locale: 'da' | 'en' = 'da';
  #actions: Actions | undefined;

  async connectedCallback() {
    this.#messages = JSON.parse(this.dataset.messages ?? '{}');
    this.#locale = this.dataset.locale === 'en' ? 'en' : 'da';
    // Signed out there is nothing to fetch: supabase-js is not loaded at all.
    const signedIn = storedAccount(localStorage) !== undefined;
    (this.querySelector('.signed-out-note') as HTMLElement).hidden = signedIn;
    (this.querySelector('.booking') as HTMLElement).hidden = !signedIn;
    try {
      if (signedIn) {
        this.#actions = await import('./sessionActions.ts');
        await this.#refresh();
      }
    } catch (error) {
      this.#fail(error, 'book');
    } finally {
      (this.querySelector('.loading') as HTMLElement).hidden = true;
    }
  }

  #text = (key: string, values: Record<string, string | number> = {}) =>
    fillPlaceholders(this.#messages[key] ?? '', values);

  #fail(error: unknown, action: 'book' | 'cancel') {
    const kind = this.#actions ? this.#actions.refusalOf(error, action) : 'offline';
    (this.querySelector('.form-error') as HTMLElement).textContent = this.#text(`error.${kind}`);
  }

  async #refresh() {
    const actions = this.#actions as Actions;
    const [mine, free] = await Promise.all([actions.myAppointments(), actions.freeSlots()]);
    this.#drawMine(mine);
    this.#drawFree(free);
  }

  #describe = (slot: FreeSlot): string => describeSession(slot, this.#locale, this.#text);

  #drawMine(bookings: Booking[]) {
    const list = this.querySelector('ul.mine') as HTMLUListElement;
    (this.querySelector('.none-mine') as HTMLElement).hidden = bookings.length > 0;
    list.replaceChildren(
      ...bookings.map((booking) => {
        const item = document.createElement('li');
        const what = document.createElement('p');
        what.textContent = this.#describe(booking);
        item.append(what);
        const join = document.createElement('p');
        item.append(join);
        showMeetingJoin(
          join,
          { kind: 'appointment', id: booking.slotId, startsAt: booking.startsAt, endsAt: booking.endsAt },
          (this.#actions as Actions).accessToken,
          {
            join: this.#text('join'),
            later: this.#text('linkLater'),
            refusal: (key, opensAt) =>
              this.#text(`meeting.${key}`, opensAt ? { when: momentWhen(opensAt, this.#locale) } : {}),
          },
        );
        const open = new Date(booking.cancelUntil).getTime() > Date.now();
        const note = document.createElement('p');
        note.className = 'hint';
        if (open) {
          note.textContent = this.#text('cancelUntil', { when: momentWhen(booking.cancelUntil, this.#locale) });
          const button = document.createElement('button');
          button.type = 'button';
          button.textContent = this.#text('cancel');
          button.addEventListener('click', () => void this.#act('cancel', booking.id, this.#describe(booking), button));
          item.append(note, button);
        } else {
          note.textContent = this.#text('tooLateToCancel');
          item.append(note);
        }
        return item;
      }),
    );
  }

  #drawFree(slots: FreeSlot[]) {
    const weeks = this.querySelector('.weeks') as HTMLElement;
    (this.querySelector('.none-free') as HTMLElement).hidden = slots.length > 0;
    const byWeek = new Map<string, { week: number; slots: FreeSlot[] }>();
    for (const slot of slots) {
      const { week, monday } = isoWeek(slot.startsAt);
      const group = byWeek.get(monday) ?? { week, slots: [] };
      group.slots.push(slot);
      byWeek.set(monday, group);
    }
    weeks.replaceChildren(
      ...[...byWeek.entries()].map(([monday, group]) => {
        const section = document.createElement('section');
        const heading = document.createElement('h3');
        heading.id = `uge-${monday}`;
        heading.textContent = this.#text('week', { week: group.week });
        section.setAttribute('aria-labelledby', heading.id);
        const list = document.createElement('ul');
        list.className = 'slots';
        for (const slot of group.slots) {
          const item = document.createElement('li');
          const text = document.createElement('span');
          text.textContent = this.#describe(slot);
          const button = document.createElement('button');
          button.type = 'button';
          button.textContent = this.#text('book');
          // The visible word is short; the name says which time it books.
          button.setAttribute('aria-label', `${this.#text('book')}: ${this.#describe(slot)}`);
          button.addEventListener('click', () => void this.#act('book', slot.id, this.#describe(slot), button));
          item.append(text, ' ', button);
          list.append(item);
        }
        section.append(heading, list);
        return section;
      }),
    );
  }

  async #act(action: 'book' | 'cancel', id: string, what: string, button: HTMLButtonElement) {
    const actions = this.#actions as Actions;
    (this.querySelector('.form-error') as HTMLElement).textContent = '';
    button.disabled = true;
    try {
      await (action === 'book' ? actions.book(id) : actions.cancel(id));
    } catch (error) {
      this.#fail(error, action);
      await this.#refresh().catch(() => undefined);
      (this.querySelector(action === 'book' ? '#ledige-tider' : '#mine-samtaler') as HTMLElement).focus();
      return;
    }
    await this.#refresh();
    (this.querySelector('.status-line') as HTMLElement).textContent =
      action === 'book' ? this.#text('didBook', { what }) : this.#text('didCancel');
    (this.querySelector(action === 'book' ? '#mine-samtaler' : '#ledige-tider') as HTMLElement).focus();
  }
}
