import type { InboxThread, StaffTeam, TeamMember } from '@sundhed/supabase';
import { type InboxFilter, isInboxFilter } from '@sundhed/supabase/inboxFilters';
import { fillPlaceholders } from '../i18n/fill.ts';
import { singleFlight } from '../lib/singleFlight.ts';
import { onSubmit, type StaffPage, staffPage } from './staffPage.ts';
import { pastLimit, workingDaysWaited } from './workingDays.ts';

/*
 * The team inbox (views/StaffInboxPage.astro). The filter and search live in the address
 * (?vis=…&navn=…), so coming back from a conversation shows the same view. Live changes (a new
 * message, a new assignee) fetch the list again, one fetch at a time, and only the answer to the
 * latest request is drawn; a conversation new to the list is read out. Focus, and an assignee
 * chosen but not yet sent, stay across redraws. Text from people is always set as text.
 */

type Actions = typeof import('./staffActions.ts');

export class TeamInboxElement extends HTMLElement {
  #messages: Record<string, string> = {};
  #municipalities: Record<string, string> = {};
  #actions: Actions | undefined;
  #teams = new Map<string, StaffTeam>();
  #filter: InboxFilter = 'open';
  #search = '';
  #known: Set<string> | undefined;
  #page: StaffPage | undefined;
  #stop: (() => Promise<void>) | undefined;
  /** Each load's number: an answer to an older one (another filter, another search) is dropped. */
  #loads = 0;
  #refresh = singleFlight(() => this.#load(true).catch((error) => this.#fail(error)));

  async connectedCallback() {
    this.#messages = JSON.parse(this.dataset.messages ?? '{}');
    this.#municipalities = JSON.parse(this.dataset.municipalities ?? '{}');
    this.#page = staffPage(this, () => {
      void this.#stop?.();
      (this.querySelector('ol.inbox-threads') as HTMLElement).replaceChildren();
      (this.querySelector('.inbox') as HTMLElement).hidden = true;
    });
    try {
      if (!this.#page) return;
      this.#actions = await import('./staffActions.ts');
      const teams = await this.#actions.inbox().teams();
      if (teams.length === 0) {
        (this.querySelector('.not-staff') as HTMLElement).hidden = false;
        return;
      }
      this.#teams = new Map(teams.map((team) => [team.team_id as string, team]));
      this.#readAddress();
      this.#wire();
      (this.querySelector('.inbox') as HTMLElement).hidden = false;
      await this.#load(false);
      await this.#actions.inbox().onChange(
        () => void this.#refresh(),
        (subscribed) => {
          // Joined again after a lost connection: whatever changed meanwhile.
          if (subscribed && this.#known) void this.#refresh();
        },
      );
    } catch (error) {
      this.#fail(error);
    } finally {
      (this.querySelector('.loading') as HTMLElement).hidden = true;
    }
  }

  #text = (key: string, values: Record<string, string | number> = {}) =>
    fillPlaceholders(this.#messages[key] ?? '', values);

  #fail(error: unknown) {
    const key = this.#actions ? this.#actions.inboxRefusalOf(error) : 'offline';
    (this.querySelector('.form-error') as HTMLElement).textContent = this.#text(`error.${key}`);
  }

  #say(text: string) {
    (this.querySelector('.status-line') as HTMLElement).textContent = text;
  }

  #readAddress() {
    const query = new URLSearchParams(location.search);
    const filter = query.get('vis');
    this.#filter = isInboxFilter(filter) ? filter : 'open';
    this.#search = (query.get('navn') ?? '').slice(0, 80);
    const form = this.querySelector('form.inbox-filters') as HTMLFormElement;
    for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="filter"]'))
      radio.checked = radio.value === this.#filter;
    (form.elements.namedItem('search') as HTMLInputElement).value = this.#search;
  }

  #writeAddress() {
    const query = new URLSearchParams();
    if (this.#filter !== 'open') query.set('vis', this.#filter);
    if (this.#search) query.set('navn', this.#search);
    const search = query.size ? `?${query}` : '';
    history.replaceState(null, '', `${location.pathname}${search}`);
  }

  #wire() {
    const form = this.querySelector('form.inbox-filters') as HTMLFormElement;
    form.addEventListener('change', (event) => {
      const target = event.target as HTMLInputElement;
      if (target.name !== 'filter' || !isInboxFilter(target.value)) return;
      this.#filter = target.value;
      this.#writeAddress();
      this.#known = undefined;
      void this.#load(false).catch((error) => this.#fail(error));
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#search = (form.elements.namedItem('search') as HTMLInputElement).value.trim().slice(0, 80);
      this.#writeAddress();
      this.#known = undefined;
      void this.#load(false).catch((error) => this.#fail(error));
    });
  }

  async #load(announce: boolean) {
    if (this.#page?.ownerLeft()) return;
    const load = ++this.#loads;
    const inbox = (this.#actions as Actions).inbox();
    // The teams again too: a colleague who joined or left is in the "assign to" lists at once.
    const [threads, teams] = await Promise.all([inbox.threads(this.#filter, this.#search), inbox.teams()]);
    if (load !== this.#loads || this.#page?.ownerLeft()) return;
    this.#teams = new Map(teams.map((team) => [team.team_id as string, team]));
    (this.querySelector('.form-error') as HTMLElement).textContent = '';
    const ids = new Set(threads.map(({ thread_id }) => thread_id as string));
    const arrived =
      announce && this.#known ? threads.find(({ thread_id }) => !this.#known?.has(thread_id as string)) : undefined;
    this.#known = ids;
    this.#draw(threads);
    if (arrived) this.#say(this.#text('newThread', { title: arrived.title ?? '' }));
  }

  #draw(threads: InboxThread[]) {
    const now = new Date();
    const limitOf = (thread: InboxThread) => this.#teams.get(thread.team_id as string)?.answer_within_working_days ?? 2;
    const late = threads.filter(
      (thread) => thread.waiting_since && pastLimit(new Date(thread.waiting_since), now, limitOf(thread)),
    ).length;
    (this.querySelector('.inbox-count') as HTMLElement).textContent = this.#text('count', {
      count: threads.length,
      late,
    });
    const list = this.querySelector('ol.inbox-threads') as HTMLOListElement;
    // Where focus was, by conversation and control, to put it back after the redraw.
    const active = document.activeElement as HTMLElement | null;
    const focusedRow = active?.closest<HTMLElement>('li[data-thread]');
    const focus = focusedRow && active ? { thread: focusedRow.dataset.thread, part: active.dataset.part } : undefined;
    const rowIndex = focusedRow ? [...list.children].indexOf(focusedRow) : -1;
    // An assignee chosen in a row but not yet sent is kept, not reset to the server's.
    const chosen = new Map(
      [...list.querySelectorAll<HTMLSelectElement>('select[data-part="assignee"]')]
        .filter((select) => select.value !== select.dataset.drawn)
        .map((select) => [select.closest<HTMLElement>('li')?.dataset.thread, select.value]),
    );
    const items = threads.map((thread) => this.#row(thread, now, limitOf(thread)));
    for (const item of items) {
      const kept = chosen.get(item.dataset.thread);
      const select = item.querySelector<HTMLSelectElement>('select[data-part="assignee"]');
      if (select && kept !== undefined) select.value = kept;
    }
    if (items.length === 0) {
      const none = document.createElement('li');
      none.textContent = this.#text('none');
      items.push(none);
    }
    list.replaceChildren(...items);
    if (!focus) return;
    const again =
      list.querySelector<HTMLElement>(
        `li[data-thread="${CSS.escape(focus.thread ?? '')}"] [data-part="${focus.part}"]`,
      ) ??
      // The conversation left this view (assigned away, closed): on to the one that took its place.
      list.children[Math.min(rowIndex, list.children.length - 1)]?.querySelector<HTMLElement>('a') ??
      null;
    again?.focus();
  }

  #row(thread: InboxThread, now: Date, limit: number): HTMLLIElement {
    const id = thread.thread_id as string;
    const item = document.createElement('li');
    item.className = 'inbox-thread';
    item.dataset.thread = id;
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = `${this.dataset.conversation}?id=${encodeURIComponent(id)}`;
    link.textContent = thread.title ?? '';
    link.dataset.part = 'link';
    heading.append(link);
    const who = document.createElement('p');
    const municipality = this.#municipalities[thread.municipality ?? ''] ?? thread.municipality ?? '';
    who.textContent = [
      this.#text('citizen', { name: thread.citizen_name ?? '', municipality }),
      this.#teams.size > 1 ? this.#text('team', { team: thread.team_name ?? '' }) : '',
    ]
      .filter(Boolean)
      .join(' · ');
    item.append(heading, who);

    const wait = document.createElement('p');
    wait.className = 'inbox-wait';
    if (thread.waiting_since && thread.status !== 'closed') {
      const since = new Date(thread.waiting_since);
      const days = workingDaysWaited(since, now);
      const waited = days === 0 ? this.#text('waitedToday') : this.#text('waited', { days });
      if (pastLimit(since, now, limit)) {
        item.classList.add('late');
        const flag = document.createElement('strong');
        flag.textContent = this.#text('late', { limit });
        wait.append(flag, ' · ');
      }
      wait.append(waited);
    } else wait.textContent = this.#text('answered');
    item.append(wait);

    const state = document.createElement('p');
    state.className = 'hint';
    state.textContent = [
      this.#text(`status.${thread.status}`),
      thread.assignee_name ? this.#text('assignedTo', { name: thread.assignee_name }) : this.#text('unassigned'),
    ].join(' · ');
    item.append(state);
    if (thread.video_requested_at && thread.status !== 'closed') {
      const task = document.createElement('p');
      task.className = 'inbox-task';
      task.textContent = this.#text('video');
      item.append(task);
    }
    const team = this.#teams.get(thread.team_id as string);
    if (team && thread.status !== 'closed') item.append(this.#assignForm(id, thread.assignee_id, team.members));
    return item;
  }

  #assignForm(thread: string, assignee: string | null, members: TeamMember[]): HTMLFormElement {
    const form = document.createElement('form');
    form.className = 'inbox-assign';
    const label = document.createElement('label');
    label.htmlFor = `tildel-${thread}`;
    label.textContent = this.#text('assign');
    const select = document.createElement('select');
    select.id = `tildel-${thread}`;
    select.dataset.part = 'assignee';
    const nobody = new Option(this.#text('nobody'), '');
    select.append(
      nobody,
      ...members.map(
        (member) => new Option(member.title ? `${member.name} (${member.title})` : member.name, member.id),
      ),
    );
    select.value = assignee ?? '';
    select.dataset.drawn = select.value;
    const button = document.createElement('button');
    button.type = 'submit';
    button.dataset.part = 'assign';
    button.textContent = this.#text('assignButton');
    form.append(label, ' ', select, ' ', button);
    onSubmit(
      form,
      this.#page as StaffPage,
      () => this.#assign(thread, select.value || null, members),
      (error) => this.#fail(error),
    );
    return form;
  }

  async #assign(thread: string, assignee: string | null, members: TeamMember[]) {
    await (this.#actions as Actions).inbox().assign(thread, assignee);
    const name = members.find(({ id }) => id === assignee)?.name;
    this.#say(name ? this.#text('assigned', { name }) : this.#text('unassignedNow'));
    // The sent choice is now the server's: the redraw may set it.
    for (const select of this.querySelectorAll<HTMLSelectElement>(`#tildel-${CSS.escape(thread)}`))
      select.dataset.drawn = select.value;
    await this.#refresh();
  }
}
