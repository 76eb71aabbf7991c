import { storedAccount } from '@sundhed/supabase/session';
import { fillPlaceholders } from '../i18n/fill.ts';
import { meetingWhen } from '../lib/meetingTimes.ts';

/*
 * "Kalender-abonnement" on the webinars page (components/CalendarSubscription.astro), for the
 * signed-in: make a private calendar link, or a new one (the old stops working), copy it or open it
 * in a calendar app, and stop it. The database keeps only a hash of the link's secret, so the link
 * is shown once, right after it is made; later the page says only that one exists and since when.
 * Results are announced in the page's live region and alert (data-status, data-alert: their ids),
 * which the webinar list shares.
 */

type Actions = typeof import('./webinarActions.ts');

export class CalendarSubscriptionElement extends HTMLElement {
  #messages: Record<string, string> = {};
  #locale: 'da' | 'en' = 'da';
  #actions: Actions | undefined;

  async connectedCallback() {
    // Signed out there is nothing to subscribe to, and no backend code is loaded for it.
    if (storedAccount(localStorage) === undefined) return;
    this.#messages = JSON.parse(this.dataset.messages ?? '{}');
    this.#locale = this.dataset.locale === 'en' ? 'en' : 'da';
    this.#button('.renew').addEventListener('click', () => void this.#renew());
    this.#button('.stop').addEventListener('click', () => void this.#stop());
    this.#button('.copy').addEventListener('click', () => void this.#copy());
    try {
      this.#actions = await import('./webinarActions.ts');
      this.#draw(await this.#actions.calendarFeedMadeAt());
      this.hidden = false;
    } catch (error) {
      // The list beside it says the same when the backend is out of reach; stay out of the way.
      console.warn('Calendar subscription unavailable:', error);
    }
  }

  #button = (selector: string) => this.querySelector(selector) as HTMLButtonElement;
  #part = <T extends HTMLElement = HTMLElement>(selector: string) => this.querySelector(selector) as T;

  #text = (key: string, values: Record<string, string | number> = {}) =>
    fillPlaceholders(this.#messages[key] ?? '', values);

  #announce(key: string) {
    const status = document.getElementById(this.dataset.status ?? '');
    if (status) status.textContent = this.#text(key);
  }

  #alert(text: string) {
    const alert = document.getElementById(this.dataset.alert ?? '');
    if (alert) alert.textContent = text;
  }

  /** Whether the reader has a link, and since when; the buttons to match. */
  #draw(madeAt: string | null) {
    this.#part('.feed-state').textContent = madeAt
      ? this.#text('since', { day: meetingWhen(madeAt, madeAt, this.#locale).day })
      : this.#text('none');
    this.#button('.renew').textContent = this.#text(madeAt ? 'renew' : 'make');
    this.#button('.stop').hidden = !madeAt;
    this.#part('.renew-note').hidden = !madeAt;
  }

  /** The link, shown this once; null hides it. */
  #show(links: { https: string; webcal: string } | null) {
    const input = this.#part<HTMLInputElement>('input');
    input.value = links?.https ?? '';
    this.#part<HTMLAnchorElement>('.webcal').href = links?.webcal ?? '#';
    this.#part('.feed-link').hidden = !links;
  }

  /** One call at a time; then focus goes where `work` says (after a refusal: back to `trigger`). */
  async #busy(trigger: HTMLButtonElement, work: (actions: Actions) => Promise<HTMLElement>) {
    const actions = this.#actions;
    if (!actions) return;
    this.#alert('');
    const buttons = [this.#button('.renew'), this.#button('.stop')];
    for (const button of buttons) button.disabled = true;
    let focus: HTMLElement = trigger;
    try {
      focus = await work(actions);
    } catch (error) {
      this.#alert(this.#text(`error.${actions.refusalOf(error)}`));
    } finally {
      for (const button of buttons) button.disabled = false;
    }
    focus.focus();
    if (focus instanceof HTMLInputElement) focus.select();
  }

  #renew() {
    return this.#busy(this.#button('.renew'), async (actions) => {
      const hadOne = !this.#button('.stop').hidden;
      const links = await actions.renewCalendarFeed();
      this.#draw(new Date().toISOString());
      this.#show(links);
      this.#announce(hadOne ? 'didRenew' : 'didMake');
      return this.#part<HTMLInputElement>('input');
    });
  }

  #stop() {
    return this.#busy(this.#button('.stop'), async (actions) => {
      await actions.stopCalendarFeed();
      this.#draw(null);
      this.#show(null);
      this.#announce('didStop');
      return this.#button('.renew');
    });
  }

  async #copy() {
    const input = this.#part<HTMLInputElement>('input');
    try {
      await navigator.clipboard.writeText(input.value);
      this.#announce('didCopy');
    } catch {
      input.focus();
      input.select();
      this.#announce('copyFailed');
    }
  }
}
