import type { StaffTeam } from '@sundhed/supabase';
import { storedAccount } from '@sundhed/supabase/session';
import { fillPlaceholders } from '../i18n/fill.ts';
import { onFirstUse } from '../lib/firstUse.ts';
import type { PlanningActions, PlanningContext, PlanningPart, PlanningTopic } from './planningContext.ts';

type Parts = typeof import('./planningParts.ts');

/*
 * The planning page (views/StaffPlanningPage.astro): signed out it asks to sign in and loads no
 * more code (the parts come with the backend calls, staff/planningParts.ts); for someone in no
 * team it says so. Otherwise it loads the backend calls, lets a
 * professional of several teams choose one (?team= keeps the choice), and hands each part of the
 * page (webinars, the two forms, bookings) the same context. A part that changes what another
 * shows tells it through the context, and that part loads again. The two forms' code waits for
 * the reader's first key, tap or scroll (their choices are filled before); a form sent before it
 * has arrived is sent once it has. The bookings, with citizens' names (a read the database logs),
 * load when the reader comes near them.
 */

export class StaffPlanningElement extends HTMLElement {
  #messages: Record<string, string> = {};
  #actions: PlanningActions | undefined;
  #partsCode: Parts | undefined;
  #teams: StaffTeam[] = [];
  #context: PlanningContext | undefined;
  #formsLoaded = false;
  #sentEarly: HTMLFormElement | undefined;

  async connectedCallback() {
    this.#messages = JSON.parse(this.dataset.messages ?? '{}');
    const account = storedAccount(localStorage);
    (this.querySelector('.signed-out-note') as HTMLElement).hidden = account !== undefined;
    try {
      if (!account) return;
      [this.#actions, this.#partsCode] = await Promise.all([
        import('./planningActions.ts'),
        import('./planningParts.ts'),
      ]);
      this.#teams = await this.#actions.teams();
      if (this.#teams.length === 0) {
        (this.querySelector('.not-staff') as HTMLElement).hidden = false;
        return;
      }
      const wanted = new URLSearchParams(location.search).get('team');
      const team = this.#teams.find(({ team_id }) => team_id === wanted) ?? this.#teams[0];
      this.#wireTeamChoice(team?.team_id as string);
      (this.querySelector('.planning') as HTMLElement).hidden = false;
      this.addEventListener('submit', (event) => this.#holdEarlySubmit(event), true);
      await this.#showTeam(team as StaffTeam);
      onFirstUse(() => void this.#loadForms().catch((error) => this.#fail(error)));
      this.#loadBookingsWhenNear();
    } catch (error) {
      this.#fail(error);
    } finally {
      (this.querySelector('.loading') as HTMLElement).hidden = true;
    }
  }

  #text = (key: string, values: Record<string, string | number> = {}) =>
    fillPlaceholders(this.#messages[key] ?? '', values);

  #fail(error: unknown) {
    const offline = !navigator.onLine || /fetch/i.test(String((error as Error)?.message));
    (this.querySelector('.planning-error') as HTMLElement).textContent =
      this.#messages[offline ? 'error.offline' : 'error.unexpected'] ?? '';
  }

  /** The parts whose code has arrived. */
  #parts(): PlanningPart[] {
    return [...this.querySelectorAll<PlanningPart>('[data-planning-part]')].filter(
      (part) => typeof part.show === 'function',
    );
  }

  #holdEarlySubmit(event: SubmitEvent) {
    if (this.#formsLoaded) return;
    event.preventDefault();
    this.#sentEarly = event.target as HTMLFormElement;
  }

  /** The code of lazy parts (one module defines them), then each drawn for the team. */
  async #loadParts(selector: string, load: () => Promise<unknown>) {
    await load();
    const context = this.#context;
    if (context)
      await Promise.all([...this.querySelectorAll<PlanningPart>(selector)].map((part) => part.show(context)));
  }

  async #loadForms() {
    await this.#loadParts('webinar-form, slot-form', () => import('./planningForms.ts'));
    this.#formsLoaded = true;
    this.#sentEarly?.requestSubmit();
    this.#sentEarly = undefined;
  }

  /** The bookings (citizens' names, a logged read) when the reader comes near them. */
  #loadBookingsWhenNear() {
    const bookings = this.querySelector('team-bookings') as HTMLElement;
    const near = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        near.disconnect();
        void this.#loadParts('team-bookings', () => import('./planningBookings.ts')).catch((error) =>
          this.#fail(error),
        );
      },
      { rootMargin: '200px' },
    );
    near.observe(bookings);
  }

  #wireTeamChoice(current: string) {
    const choice = this.querySelector('.team-choice') as HTMLElement;
    if (this.#teams.length < 2) return;
    const select = choice.querySelector('select') as HTMLSelectElement;
    select.replaceChildren(...this.#teams.map((team) => new Option(team.team_name ?? '', team.team_id as string)));
    select.value = current;
    choice.hidden = false;
    choice.addEventListener('submit', (event) => {
      event.preventDefault();
      const team = this.#teams.find(({ team_id }) => team_id === select.value);
      if (!team) return;
      history.replaceState(null, '', `${location.pathname}?team=${encodeURIComponent(select.value)}`);
      void this.#showTeam(team).then(() => {
        (this.querySelector('.team-said') as HTMLElement).textContent = this.#text('teamShown', {
          team: team.team_name ?? '',
        });
      });
    });
  }

  async #showTeam(team: StaffTeam) {
    const actions = this.#actions as PlanningActions;
    const context: PlanningContext = {
      actions,
      team,
      cohorts: await actions.cohorts(team.team_id as string),
      locale: this.dataset.locale === 'en' ? 'en' : 'da',
      text: this.#text,
      changed: (topic: PlanningTopic) => {
        for (const part of this.#parts().filter((each) => each.topic === topic))
          void part.show(context).catch((error) => this.#fail(error));
      },
    };
    this.#context = context;
    (this.querySelector('.planning-error') as HTMLElement).textContent = '';
    (this.#partsCode as Parts).fillFormChoices(this, context);
    await Promise.all(this.#parts().map((part) => part.show(context)));
  }
}
