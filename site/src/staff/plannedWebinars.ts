import type { StaffWebinar } from '@sundhed/supabase';
import {
  confirmation,
  type PlanningContext,
  type PlanningPart,
  type PlanningTopic,
  refusalText,
  when,
} from './planningContext.ts';
import { busyWhile, clearProblems, fieldValue, httpsAddress, showProblem, showRefusal } from './planningForm.ts';

/*
 * The team's webinars from today on, soonest first: seats taken of the capacity, the waiting list,
 * for which cohort (or open), who runs them, and whether a fixed meeting link is set. Per webinar:
 * the names registered and waiting (read on request only: the database logs the read), a new
 * capacity, the fixed link set or removed, and cancelling after a confirmation that says the
 * citizens are told. Titles and names are people's text: set as text. After a change the list is
 * drawn again and focus returns to the control that was used.
 */

const hour = 3_600_000;

export class PlannedWebinarsElement extends HTMLElement implements PlanningPart {
  readonly topic: PlanningTopic = 'webinars';
  #context: PlanningContext | undefined;

  async show(context: PlanningContext) {
    this.#context = context;
    await this.#load();
    this.hidden = false;
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

  /** The list again; focus back on `part` of webinar `id` (or its heading, when the part is gone). */
  async #load(focus?: { id: string; part: string }) {
    const now = Date.now();
    // Those under way too (at most 8 hours long); a period of at most 366 days.
    const from = new Date(now - 8 * hour);
    const webinars = (
      await this.#ctx.actions
        .scheduling()
        .teamWebinars(this.#ctx.team.team_id as string, from, new Date(from.getTime() + 365 * 24 * hour))
    ).filter((webinar) => new Date(webinar.endsAt).getTime() > now);
    (this.querySelector('.list-error') as HTMLElement).textContent = '';
    const list = this.querySelector('ol.planned-webinars') as HTMLOListElement;
    const items = webinars.map((webinar) => this.#row(webinar));
    if (items.length === 0) {
      const none = document.createElement('li');
      none.textContent = this.#ctx.text('webinars.none');
      items.push(none);
    }
    list.replaceChildren(...items);
    if (!focus) return;
    const row = list.querySelector<HTMLElement>(`li[data-webinar="${CSS.escape(focus.id)}"]`);
    const part = row?.querySelector<HTMLElement>(`[data-part="${focus.part}"]`);
    const details = part?.closest('details');
    if (details) details.open = true;
    (part ?? row?.querySelector<HTMLElement>('h3'))?.focus();
  }

  #row(webinar: StaffWebinar): HTMLLIElement {
    const { text } = this.#ctx;
    const item = document.createElement('li');
    item.className = 'planned';
    item.dataset.webinar = webinar.id;
    const add = (tag: string, content: string, className?: string) => {
      const element = document.createElement(tag);
      element.textContent = content;
      if (className) element.className = className;
      item.append(element);
      return element;
    };
    const heading = add('h3', webinar.title);
    heading.tabIndex = -1;
    if (webinar.cancelledAt) {
      item.classList.add('cancelled');
      const mark = document.createElement('strong');
      mark.textContent = ` – ${text('webinars.cancelledMark')}`;
      heading.append(mark);
    }
    add('p', when(this.#ctx, webinar.startsAt, webinar.endsAt));
    const { registered, waiting, capacity } = webinar;
    add('p', text('webinars.count', { registered, waiting, capacity }));
    add('p', webinar.cohortTitle ? text('webinars.cohort', { cohort: webinar.cohortTitle }) : text('webinars.open'));
    add('p', text('webinars.with', { names: webinar.facilitators.map(({ name }) => name).join(', ') }));
    add('p', text(webinar.meetingUrl ? 'webinars.linkSet' : 'webinars.linkNotSet'));
    if (webinar.cancelledAt) return item;
    item.append(this.#attendees(webinar), this.#changes(webinar));
    return item;
  }

  #attendees(webinar: StaffWebinar): HTMLElement {
    const { text } = this.#ctx;
    const place = document.createElement('div');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'secondary';
    button.dataset.part = 'attendees';
    button.textContent = text('webinars.showAttendees');
    button.setAttribute('aria-expanded', 'false');
    const list = document.createElement('ol');
    list.id = `tilmeldte-${webinar.id}`;
    list.className = 'attendees';
    list.hidden = true;
    button.setAttribute('aria-controls', list.id);
    button.addEventListener('click', () => {
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      list.hidden = !open;
      if (open) void this.#fillAttendees(webinar, list).catch((error) => this.#fail(error));
    });
    place.append(button, list);
    return place;
  }

  async #fillAttendees(webinar: StaffWebinar, list: HTMLOListElement) {
    const { text } = this.#ctx;
    const people = await this.#ctx.actions.scheduling().attendees(webinar.id);
    let waiting = 0;
    const items = people.map((person) => {
      const item = document.createElement('li');
      item.textContent =
        person.status === 'registered'
          ? text('webinars.registered', { name: person.name })
          : text('webinars.waiting', { name: person.name, place: ++waiting });
      return item;
    });
    if (items.length === 0) {
      const none = document.createElement('li');
      none.textContent = text('webinars.attendeesNone');
      items.push(none);
    }
    list.replaceChildren(...items);
    this.#say(text('webinars.attendeesShown', { registered: people.length - waiting, waiting }));
  }

  #changes(webinar: StaffWebinar): HTMLDetailsElement {
    const { text } = this.#ctx;
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = text('webinars.change');
    summary.dataset.part = 'change';
    details.append(summary);

    const capacity = this.#form(webinar.id, 'capacity', text('webinars.capacity'), text('webinars.saveCapacity'));
    const seats = capacity.querySelector('input') as HTMLInputElement;
    Object.assign(seats, { type: 'number', min: '1', max: '1000', value: String(webinar.capacity) });
    seats.inputMode = 'numeric';
    capacity.addEventListener('submit', (event) => {
      event.preventDefault();
      void busyWhile(capacity, () => this.#setCapacity(webinar, capacity));
    });

    const link = this.#form(webinar.id, 'url', text('webinars.link'), text('webinars.saveLink'));
    const url = link.querySelector('input') as HTMLInputElement;
    Object.assign(url, { type: 'url', maxLength: 500, value: webinar.meetingUrl ?? '' });
    url.autocomplete = 'off';
    link.addEventListener('submit', (event) => {
      event.preventDefault();
      void busyWhile(link, () => this.#setLink(webinar, link, fieldValue(link, 'url')));
    });
    if (webinar.meetingUrl) {
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'secondary';
      remove.dataset.part = 'remove-link';
      remove.textContent = text('webinars.removeLink');
      remove.addEventListener('click', () => void busyWhile(link, () => this.#setLink(webinar, link, '')));
      (link.querySelector('.actions') as HTMLElement).append(remove);
    }

    const cancelPlace = document.createElement('div');
    const cancel = document.createElement('button');
    cancel.type = 'button';
    cancel.className = 'secondary';
    cancel.dataset.part = 'cancel';
    cancel.textContent = text('webinars.cancel');
    cancel.addEventListener('click', () => {
      const ask = confirmation(
        `aflys-${webinar.id}`,
        text('webinars.confirmCancel', {
          title: webinar.title,
          when: when(this.#ctx, webinar.startsAt, webinar.endsAt),
          count: webinar.registered + webinar.waiting,
        }),
        text('webinars.confirmYes'),
        text('webinars.confirmNo'),
        (confirmed) => {
          ask.remove();
          cancel.hidden = false;
          if (confirmed) void this.#cancel(webinar);
          else {
            this.#say(text('webinars.kept'));
            cancel.focus();
          }
        },
      );
      cancel.hidden = true;
      cancelPlace.append(ask);
      (ask.querySelector('[data-part="confirm-no"]') as HTMLElement).focus();
    });
    cancelPlace.append(cancel);
    details.append(capacity, link, cancelPlace);
    return details;
  }

  /** A one-field form: label, field, save button, and its own alert. */
  #form(id: string, name: string, label: string, save: string): HTMLFormElement {
    const form = document.createElement('form');
    form.className = 'planned-change';
    form.noValidate = true;
    const fieldId = `${name}-${id}`;
    const labelElement = document.createElement('label');
    labelElement.htmlFor = fieldId;
    labelElement.textContent = label;
    const input = document.createElement('input');
    input.id = fieldId;
    input.name = name;
    input.dataset.part = name;
    const actions = document.createElement('span');
    actions.className = 'actions';
    const button = document.createElement('button');
    button.type = 'submit';
    button.dataset.part = `save-${name}`;
    button.textContent = save;
    actions.append(button);
    const alert = document.createElement('p');
    alert.className = 'form-error';
    alert.id = `${fieldId}-fejl`;
    alert.setAttribute('role', 'alert');
    form.append(labelElement, input, actions, alert);
    return form;
  }

  async #setCapacity(webinar: StaffWebinar, form: HTMLFormElement) {
    const { text } = this.#ctx;
    clearProblems(form);
    const capacity = Number(fieldValue(form, 'capacity'));
    if (!Number.isInteger(capacity) || capacity < 1 || capacity > 1000) {
      showProblem(form, text('error.field.capacity'), 'capacity');
      return;
    }
    try {
      const counts = await this.#ctx.actions.scheduling().setCapacity(webinar.id, capacity);
      await this.#load({ id: webinar.id, part: 'capacity' });
      this.#say(text('webinars.capacitySaved', { capacity, ...counts }));
    } catch (error) {
      showRefusal(form, this.#ctx, error);
    }
  }

  async #setLink(webinar: StaffWebinar, form: HTMLFormElement, url: string) {
    const { text } = this.#ctx;
    clearProblems(form);
    const address = url ? httpsAddress(url) : null;
    if (address === undefined) {
      showProblem(form, text('error.field.url'), 'url');
      return;
    }
    try {
      await this.#ctx.actions.meetings().setFixedLink('webinar', webinar.id, address);
      await this.#load({ id: webinar.id, part: 'url' });
      this.#say(text(url ? 'webinars.linkSaved' : 'webinars.linkRemoved'));
    } catch (error) {
      showRefusal(form, this.#ctx, error);
    }
  }

  async #cancel(webinar: StaffWebinar) {
    try {
      const count = await this.#ctx.actions.scheduling().cancelWebinar(webinar.id);
      await this.#load({ id: webinar.id, part: 'none' });
      this.#say(this.#ctx.text('webinars.cancelled', { title: webinar.title, count }));
    } catch (error) {
      this.#fail(error);
    }
  }
}
