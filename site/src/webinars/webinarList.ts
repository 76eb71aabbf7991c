import type { WebinarListing } from '@sundhed/supabase';
import { fillPlaceholders } from '../i18n/fill.ts';
import { showMeetingJoin } from '../lib/meetingLink.ts';
import { meetingWhen, minutesBetween, momentWhen } from '../lib/meetingTimes.ts';
import { calendarFile } from './calendarFile.ts';

/*
 * The webinars page's list (views/WebinarsPage.astro): the webinars open to the reader, with
 * seats left and their own registration; register, join the waitlist, cancel, a calendar file, and
 * the way into the meeting from 15 minutes before the start (lib/meetingLink.ts). Titles and names are staff's text: set as
 * text, never as HTML. After an action the item is drawn again, focus stays on it, and the status
 * line says what happened.
 */

type Actions = typeof import('./webinarActions.ts');

export class WebinarListElement extends HTMLElement {
  #messages: Record<string, string> = {};
  #locale: 'da' | 'en' = 'da';
  #actions!: Actions;
  #signedIn = false;

  async connectedCallback() {
    this.#messages = JSON.parse(this.dataset.messages ?? '{}');
    this.#locale = this.dataset.locale === 'en' ? 'en' : 'da';
    try {
      this.#actions = await import('./webinarActions.ts');
      this.#signedIn = this.#actions.signedIn();
      (this.querySelector('.signed-out-note') as HTMLElement).hidden = this.#signedIn;
      this.#draw(await this.#actions.listWebinars());
    } catch (error) {
      this.#fail(error);
    } finally {
      (this.querySelector('.loading') as HTMLElement).hidden = true;
    }
  }

  #text = (key: string, values: Record<string, string | number> = {}) =>
    fillPlaceholders(this.#messages[key] ?? '', values);

  /** The words of the way into the meeting (lib/meetingLink.ts), once the messages are read. */
  #joinTexts() {
    return {
      join: this.#text('join'),
      later: this.#text('linkLater'),
      refusal: (key: string, opensAt?: string) =>
        this.#text(`meeting.${key}`, opensAt ? { when: momentWhen(opensAt, this.#locale) } : {}),
    };
  }

  #say(text: string) {
    (this.querySelector('.status-line') as HTMLElement).textContent = text;
  }

  #fail(error: unknown) {
    const kind = this.#actions ? this.#actions.refusalOf(error) : 'offline';
    const alert = this.querySelector('.form-error') as HTMLElement;
    alert.textContent = this.#text(`error.${kind}`);
  }

  #draw(webinars: WebinarListing[]) {
    const list = this.querySelector('ul.webinars') as HTMLUListElement;
    list.replaceChildren(...webinars.map((webinar) => this.#item(webinar)));
    (this.querySelector('.none') as HTMLElement).hidden = webinars.length > 0;
  }

  #item(webinar: WebinarListing): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'webinar';
    item.dataset.id = webinar.id;
    const headingId = `webinar-${webinar.id}`;
    item.setAttribute('aria-labelledby', headingId);
    const add = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = '') => {
      const element = document.createElement(tag);
      if (text) element.textContent = text;
      if (className) element.className = className;
      item.append(element);
      return element;
    };
    const heading = add('h2', webinar.title);
    heading.id = headingId;

    const { day, hours } = meetingWhen(webinar.startsAt, webinar.endsAt, this.#locale);
    const when = add('p', '', 'webinar-when');
    const time = document.createElement('time');
    time.dateTime = webinar.startsAt;
    time.textContent = `${day} ${hours}`;
    when.append(time, ` · ${this.#text('duration', { minutes: minutesBetween(webinar.startsAt, webinar.endsAt) })}`);
    if (webinar.facilitators.length) {
      const names = webinar.facilitators.map(({ name, title }) => (title ? `${name} (${title.toLowerCase()})` : name));
      add('p', this.#text('with', { names: names.join(', ') }));
    }
    if (webinar.forCohort) add('p', this.#text('forCohort'), 'tag');
    if (!webinar.myStatus) {
      add(
        'p',
        webinar.seatsLeft === 0
          ? this.#text('full')
          : webinar.seatsLeft === 1
            ? this.#text('oneSeatLeft')
            : this.#text('seatsLeft', { count: webinar.seatsLeft }),
        'seats',
      );
    }
    if (webinar.myStatus === 'registered') add('p', this.#text('registered'), 'mine');
    if (webinar.myStatus === 'waiting') add('p', this.#text('waiting', { place: webinar.myPlace ?? 1 }), 'mine');

    // Register only where the database would accept it (webinars_for_me's may_register): not
    // staff, not citizens the team does not serve, not once it has started. Cancel always.
    if (!this.#signedIn || !(webinar.myStatus || webinar.mayRegister)) return item;
    const actions = add('p', '', 'actions');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = webinar.myStatus
      ? this.#text(webinar.myStatus === 'registered' ? 'cancel' : 'leaveWaitlist')
      : this.#text(webinar.seatsLeft === 0 ? 'joinWaitlist' : 'register');
    button.addEventListener('click', () => void this.#act(webinar, button));
    actions.append(button);
    if (webinar.myStatus === 'registered') {
      const file = document.createElement('a');
      file.href = URL.createObjectURL(
        new Blob([calendarFile(webinar, location.href)], { type: 'text/calendar;charset=utf-8' }),
      );
      file.download = `webinar-${webinar.startsAt.slice(0, 10)}.ics`;
      file.textContent = this.#text('calendar');
      actions.append(' ', file);
      const join = add('p', '', 'join');
      showMeetingJoin(join, { kind: 'webinar', ...webinar }, this.#actions.accessToken, this.#joinTexts());
    }
    return item;
  }

  async #act(webinar: WebinarListing, button: HTMLButtonElement) {
    (this.querySelector('.form-error') as HTMLElement).textContent = '';
    button.disabled = true;
    try {
      if (webinar.myStatus) await this.#actions.cancel(webinar.id);
      else await this.#actions.register(webinar.id);
      const all = await this.#actions.listWebinars();
      this.#draw(all);
      const now = all.find(({ id }) => id === webinar.id);
      const { title } = webinar;
      this.#say(
        now?.myStatus === 'registered'
          ? this.#text('didRegister', { title })
          : now?.myStatus === 'waiting'
            ? this.#text('didWait', { title, place: now.myPlace ?? 1 })
            : this.#text('didCancel', { title }),
      );
      this.querySelector<HTMLButtonElement>(`li[data-id="${webinar.id}"] .actions button`)?.focus();
    } catch (error) {
      button.disabled = false;
      this.#fail(error);
      button.focus();
    }
  }
}
