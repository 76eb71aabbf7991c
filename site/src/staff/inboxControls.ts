import type { InboxEntry, InboxNote, InboxStatus, StaffTeam } from '@sundhed/supabase';
import { fillPlaceholders } from '../i18n/fill.ts';
import { momentWhen } from '../lib/meetingTimes.ts';
import { onSubmit, type StaffPage, staffPage } from './staffPage.ts';

/*
 * A conversation's place in the team inbox, on the staff conversation page: status, assignee,
 * since when the citizen has waited, a video meeting asked for, and the team's internal notes.
 * Shown only to the team (inbox_entry refuses anyone else). Status and assignee follow colleagues'
 * changes live, unless the reader has chosen another value and not yet saved it.
 */

type Actions = typeof import('./staffActions.ts');

const statuses: readonly InboxStatus[] = ['open', 'waiting', 'closed'];

export class InboxControlsElement extends HTMLElement {
  #messages: Record<string, string> = {};
  #locale: 'da' | 'en' = 'da';
  #actions: Actions | undefined;
  #thread = '';
  #team: StaffTeam | undefined;
  #page: StaffPage | undefined;
  #stop: (() => Promise<void>) | undefined;

  async connectedCallback() {
    this.#messages = JSON.parse(this.dataset.messages ?? '{}');
    this.#locale = this.dataset.locale === 'en' ? 'en' : 'da';
    this.#thread = new URLSearchParams(location.search).get('id') ?? '';
    this.#page = staffPage(this, () => {
      void this.#stop?.();
      (this.querySelector('ol.notes') as HTMLElement).replaceChildren();
      this.hidden = true;
    });
    if (!this.#page || !this.#thread) return;
    try {
      this.#actions = await import('./staffActions.ts');
      const inbox = this.#actions.inbox();
      const [entry, teams] = await Promise.all([inbox.entry(this.#thread), inbox.teams()]);
      if (!entry) return;
      this.#team = teams.find(({ team_id }) => team_id === entry.team_id);
      this.#fillAssignees();
      this.#show(entry);
      this.#drawNotes(await inbox.notes(this.#thread));
      this.#wire();
      this.hidden = false;
      this.#stop = await inbox.onChange((change) => {
        if (change.thread_id === this.#thread) void this.#reload();
      });
    } catch {
      // Not this team's conversation (or offline): the page is the plain conversation.
    }
  }

  #text = (key: string, values: Record<string, string | number> = {}) =>
    fillPlaceholders(this.#messages[key] ?? '', values);

  #say(text: string) {
    (this.querySelector('.inbox-said') as HTMLElement).textContent = text;
  }

  #fail(error: unknown) {
    const key = this.#actions ? this.#actions.inboxRefusalOf(error) : 'offline';
    (this.querySelector('.inbox-error') as HTMLElement).textContent = this.#text(`error.${key}`);
  }

  #fillAssignees() {
    const select = this.querySelector('select[name="assignee"]') as HTMLSelectElement;
    select.replaceChildren(
      new Option(this.#text('nobody'), ''),
      ...(this.#team?.members ?? []).map(
        (member) => new Option(member.title ? `${member.name} (${member.title})` : member.name, member.id),
      ),
    );
  }

  #show(entry: InboxEntry) {
    // A choice the reader has made and not saved stays; otherwise the select shows the server's.
    const set = (select: HTMLSelectElement, value: string) => {
      if (select.dataset.drawn === undefined || select.value === select.dataset.drawn) select.value = value;
      select.dataset.drawn = value;
    };
    set(this.querySelector('select[name="status"]') as HTMLSelectElement, entry.status ?? 'open');
    set(this.querySelector('select[name="assignee"]') as HTMLSelectElement, entry.assignee_id ?? '');
    (this.querySelector('.inbox-wait') as HTMLElement).textContent = entry.waiting_since
      ? this.#text('waitingSince', { when: momentWhen(entry.waiting_since, this.#locale) })
      : this.#text('notWaiting');
    (this.querySelector('.inbox-task') as HTMLElement).hidden = !entry.video_requested_at || entry.status === 'closed';
  }

  async #reload() {
    const entry = await (this.#actions as Actions)
      .inbox()
      .entry(this.#thread)
      .catch(() => undefined);
    if (entry) this.#show(entry);
  }

  #drawNotes(notes: InboxNote[]) {
    (this.querySelector('.no-notes') as HTMLElement).hidden = notes.length > 0;
    (this.querySelector('ol.notes') as HTMLElement).replaceChildren(
      ...notes.map((note) => {
        const item = document.createElement('li');
        const by = document.createElement('p');
        by.className = 'hint';
        by.textContent = this.#text('noteBy', {
          name: note.author_name ?? '',
          when: momentWhen(note.created_at as string, this.#locale),
        });
        const body = document.createElement('p');
        body.className = 'chat-body';
        body.textContent = note.body ?? '';
        item.append(by, body);
        return item;
      }),
    );
  }

  #wire() {
    const inbox = (this.#actions as Actions).inbox();
    const on = (selector: string, act: (form: HTMLFormElement) => Promise<void>) =>
      onSubmit(
        this.querySelector(selector) as HTMLFormElement,
        this.#page as StaffPage,
        (form) => {
          (this.querySelector('.inbox-error') as HTMLElement).textContent = '';
          return act(form);
        },
        (error) => this.#fail(error),
      );
    on('form.inbox-status', async (form) => {
      const status = (form.elements.namedItem('status') as HTMLSelectElement).value as InboxStatus;
      if (!statuses.includes(status)) return;
      await inbox.setStatus(this.#thread, status);
      (form.elements.namedItem('status') as HTMLSelectElement).dataset.drawn = status;
      this.#say(this.#text('statusSaved', { status: this.#text(`status.${status}`) }));
    });
    on('form.inbox-assign', async (form) => {
      const assignee = (form.elements.namedItem('assignee') as HTMLSelectElement).value || null;
      await inbox.assign(this.#thread, assignee);
      (form.elements.namedItem('assignee') as HTMLSelectElement).dataset.drawn = assignee ?? '';
      const name = this.#team?.members.find(({ id }) => id === assignee)?.name;
      this.#say(name ? this.#text('assigned', { name }) : this.#text('unassignedNow'));
    });
    on('form.inbox-note', async (form) => {
      const field = form.elements.namedItem('body') as HTMLTextAreaElement;
      if (field.value.trim() === '') {
        this.#say(this.#text('noteEmpty'));
        field.focus();
        return;
      }
      await inbox.addNote(this.#thread, field.value);
      field.value = '';
      this.#drawNotes(await inbox.notes(this.#thread));
      this.#say(this.#text('noteSaved'));
    });
  }
}
