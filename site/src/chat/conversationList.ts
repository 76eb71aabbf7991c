import type { CareTeam, Conversation } from '@sundhed/supabase';
import { storedAccount } from '@sundhed/supabase/session';
import { fillPlaceholders } from '../i18n/fill.ts';
import { momentWhen } from '../lib/meetingTimes.ts';
import { queueMessage } from './chatOutbox.ts';
import { fillTeamChoice } from './teamChoice.ts';
import { rememberUnread } from './unreadCount.ts';

/*
 * The messages page (views/MessagesPage.astro): the reader's conversations with unread counts,
 * kept current as messages arrive (the status line says where), and the form that opens a
 * conversation with a team. The first message goes through the chat outbox, so the conversation
 * page sends it (once) even if the connection drops on the way.
 */

type Actions = typeof import('./chatActions.ts');

export class ConversationListElement extends HTMLElement {
  #messages: Record<string, string> = {};
  #locale: 'da' | 'en' = 'da';
  #actions: Actions | undefined;
  #unread = new Map<string, number>();

  async connectedCallback() {
    this.#messages = JSON.parse(this.dataset.messages ?? '{}');
    this.#locale = this.dataset.locale === 'en' ? 'en' : 'da';
    const account = storedAccount(localStorage);
    (this.querySelector('.signed-out-note') as HTMLElement).hidden = account !== undefined;
    (this.querySelector('.chat-list') as HTMLElement).hidden = account === undefined;
    try {
      if (account) {
        this.#actions = await import('./chatActions.ts');
        const chat = this.#actions.chat();
        const [conversations, teams] = await Promise.all([chat.conversations(), chat.careTeams()]);
        this.#draw(conversations, false);
        this.#drawForm(teams);
        await chat.onThreadChange(null, () => void this.#refresh());
      }
    } catch (error) {
      this.#fail(error);
    } finally {
      (this.querySelector('.loading') as HTMLElement).hidden = true;
    }
  }

  #text = (key: string, values: Record<string, string | number> = {}) =>
    fillPlaceholders(this.#messages[key] ?? '', values);

  #fail(error: unknown) {
    const kind = this.#actions ? this.#actions.chatRefusalOf(error) : 'offline';
    const key = kind === 'too-long' ? 'invalid' : kind === 'not-found' ? 'unexpected' : kind;
    (this.querySelector('.form-error') as HTMLElement).textContent = this.#text(`error.${key}`);
  }

  async #refresh() {
    this.#draw(await (this.#actions as Actions).chat().conversations(), true);
  }

  #titleOf = (conversation: Conversation) =>
    conversation.kind === 'cohort' ? `${this.#text('group')}: ${conversation.title}` : conversation.title;

  #draw(conversations: Conversation[], announce: boolean) {
    const account = storedAccount(localStorage);
    if (account)
      rememberUnread(
        account.userId,
        conversations.reduce((sum, { unread }) => sum + unread, 0),
      );
    const grew = conversations.filter(({ thread_id, unread }) => unread > (this.#unread.get(thread_id) ?? 0));
    this.#unread = new Map(conversations.map(({ thread_id, unread }) => [thread_id, unread]));
    if (announce && grew[0]) {
      (this.querySelector('.status-line') as HTMLElement).textContent = this.#text('changed', {
        title: this.#titleOf(grew[0]),
      });
    }
    (this.querySelector('.none') as HTMLElement).hidden = conversations.length > 0;
    (this.querySelector('ul.conversations') as HTMLElement).replaceChildren(
      ...conversations.map((conversation) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = `${this.dataset.conversation}?id=${encodeURIComponent(conversation.thread_id)}`;
        link.textContent = this.#titleOf(conversation);
        const heading = document.createElement('h3');
        heading.append(link);
        if (conversation.unread > 0) {
          const count = document.createElement('span');
          count.className = 'unread-count';
          count.textContent = ` ${this.#text('unread', { count: conversation.unread })}`;
          link.append(count);
        }
        item.append(heading);
        const details = [
          conversation.kind === 'care' ? this.#text('careWith', { team: conversation.team_name }) : '',
          conversation.video_requested ? this.#text('videoRequested') : '',
          conversation.last_message_at
            ? this.#text('lastAt', { when: momentWhen(conversation.last_message_at, this.#locale) })
            : '',
        ].filter(Boolean);
        if (details.length) {
          const about = document.createElement('p');
          about.className = 'hint';
          about.textContent = details.join(' · ');
          item.append(about);
        }
        return item;
      }),
    );
  }

  #drawForm(teams: CareTeam[]) {
    const form = this.querySelector('form.new-conversation') as HTMLFormElement;
    (this.querySelector('.no-team') as HTMLElement).hidden = teams.length > 0;
    form.hidden = teams.length === 0;
    const select = form.elements.namedItem('team') as HTMLSelectElement;
    fillTeamChoice(select, teams);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#start(form);
    });
  }

  async #start(form: HTMLFormElement) {
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement;
    const subject = field('subject');
    const body = field('body');
    const error = this.querySelector('.form-error') as HTMLElement;
    error.textContent = '';
    for (const input of [subject, body]) input.setAttribute('aria-invalid', String(input.value.trim() === ''));
    const empty = [subject, body].find((input) => input.value.trim() === '');
    if (empty) {
      error.textContent = this.#text('error.invalid');
      empty.focus();
      return;
    }
    const button = form.querySelector('button') as HTMLButtonElement;
    button.disabled = true;
    try {
      const thread = await (this.#actions as Actions).chat().openCareThread(field('team').value, subject.value.trim());
      const account = storedAccount(localStorage);
      if (account) {
        queueMessage(localStorage, account.userId, {
          key: crypto.randomUUID(),
          thread,
          body: body.value,
          queuedAt: new Date().toISOString(),
        });
      }
      location.assign(`${this.dataset.conversation}?id=${encodeURIComponent(thread)}`);
    } catch (caught) {
      this.#fail(caught);
      button.disabled = false;
    }
  }
}
