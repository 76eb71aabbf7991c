import { storedAccount } from '@sundhed/supabase/session';
import { fillTeamChoice } from '../chat/teamChoice.ts';
import { fillPlaceholders } from '../i18n/fill.ts';

/*
 * "Bed om en videosamtale" on the sessions page: a signed-in citizen asks a team that serves them
 * for a video meeting, with an optional note. The request opens a conversation marked as a task in
 * the team's inbox; the reader is led to it, where the team answers.
 */

type Actions = typeof import('../chat/chatActions.ts');

export class VideoRequestElement extends HTMLElement {
  #messages: Record<string, string> = {};
  #actions: Actions | undefined;
  /** One key per request written: pressing again after a lost answer asks once. */
  #key = crypto.randomUUID();

  async connectedCallback() {
    this.#messages = JSON.parse(this.dataset.messages ?? '{}');
    if (!storedAccount(localStorage)) return;
    try {
      this.#actions = await import('../chat/chatActions.ts');
      const teams = await this.#actions.chat().careTeams();
      if (teams.length === 0) return;
      const form = this.querySelector('form') as HTMLFormElement;
      const select = form.elements.namedItem('team') as HTMLSelectElement;
      fillTeamChoice(select, teams);
      // One team: nothing to choose.
      (this.querySelector('.team-choice') as HTMLElement).hidden = teams.length === 1;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        void this.#ask(form, select);
      });
      this.hidden = false;
    } catch {
      // Without the teams there is nothing to offer; the page's other parts say what went wrong.
    }
  }

  async #ask(form: HTMLFormElement, select: HTMLSelectElement) {
    const actions = this.#actions as Actions;
    const note = form.elements.namedItem('note') as HTMLTextAreaElement;
    const button = form.querySelector('button') as HTMLButtonElement;
    const error = this.querySelector('.form-error') as HTMLElement;
    const status = this.querySelector('[role="status"]') as HTMLElement;
    error.textContent = '';
    button.disabled = true;
    try {
      const thread = await actions.chat().requestVideoMeeting(select.value, note.value.trim() || undefined, this.#key);
      this.#key = crypto.randomUUID();
      note.value = '';
      status.replaceChildren(
        fillPlaceholders(this.#messages.sent ?? '', { team: select.selectedOptions[0]?.textContent ?? '' }),
        ' ',
      );
      const link = document.createElement('a');
      link.href = `${this.dataset.conversation}?id=${encodeURIComponent(thread)}`;
      link.textContent = this.#messages.open ?? '';
      status.append(link);
    } catch (caught) {
      const kind = actions.chatRefusalOf(caught);
      error.textContent =
        this.#messages[
          `error.${kind === 'too-long' || kind === 'too-many' || kind === 'offline' ? kind : 'unexpected'}`
        ] ?? '';
    } finally {
      button.disabled = false;
    }
  }
}
