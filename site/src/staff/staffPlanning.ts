import type { StaffTeam } from '@sundhed/supabase';
import { storedAccount } from '@sundhed/supabase/session';
import type { PlanningActions, PlanningContext, PlanningPart, PlanningTopic } from './planningContext.ts';
import { textsFrom } from './planningContext.ts';

/*
 * The planning page (views/StaffPlanningPage.astro): signed out it asks to sign in and loads no
 * backend code; for someone in no team it says so. Otherwise it loads the backend calls, lets a
 * professional of several teams choose one (?team= keeps the choice), and hands each part of the
 * page (webinars, the two forms, bookings) the same context. A part that changes what another
 * shows tells it through the context, and that part loads again.
 */

export class StaffPlanningElement extends HTMLElement {
  #messages: Record<string, string> = {};
  #actions: PlanningActions | undefined;
  #teams: StaffTeam[] = [];

  async connectedCallback() {
    this.#messages = JSON.parse(this.dataset.messages ?? '{}');
    const account = storedAccount(localStorage);
    (this.querySelector('.signed-out-note') as HTMLElement).hidden = account !== undefined;
    try {
      if (!account) return;
      this.#actions = await import('./planningActions.ts');
      this.#teams = await this.#actions.teams();
      if (this.#teams.length === 0) {
        (this.querySelector('.not-staff') as HTMLElement).hidden = false;
        return;
      }
      const wanted = new URLSearchParams(location.search).get('team');
      const team = this.#teams.find(({ team_id }) => team_id === wanted) ?? this.#teams[0];
      this.#wireTeamChoice(team?.team_id as string);
      (this.querySelector('.planning') as HTMLElement).hidden = false;
      await this.#showTeam(team as StaffTeam);
    } catch (error) {
      this.#fail(error);
    } finally {
      (this.querySelector('.loading') as HTMLElement).hidden = true;
    }
  }

  #fail(error: unknown) {
    const offline = !navigator.onLine || /fetch/i.test(String((error as Error)?.message));
    (this.querySelector('.planning-error') as HTMLElement).textContent =
      this.#messages[offline ? 'error.offline' : 'error.unexpected'] ?? '';
  }

  #parts(): PlanningPart[] {
    return [...this.querySelectorAll<PlanningPart>('[data-planning-part]')];
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
        (this.querySelector('.team-said') as HTMLElement).textContent = textsFrom(this.#messages)('teamShown', {
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
      text: textsFrom(this.#messages),
      changed: (topic: PlanningTopic) => {
        for (const part of this.#parts().filter((each) => each.topic === topic))
          void part.show(context).catch((error) => this.#fail(error));
      },
    };
    (this.querySelector('.planning-error') as HTMLElement).textContent = '';
    await Promise.all(this.#parts().map((part) => part.show(context)));
  }
}
