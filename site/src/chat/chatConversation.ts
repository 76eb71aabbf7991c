import type { ThreadMessage } from '@sundhed/supabase';
import { sessionStorageKey, storedAccount } from '@sundhed/supabase/session';
import { fillPlaceholders } from '../i18n/fill.ts';
import { momentWhen } from '../lib/meetingTimes.ts';
import { singleFlight } from '../lib/singleFlight.ts';
import { type QueuedMessage, queuedMessages, queueMessage, sendQueued } from './chatOutbox.ts';
import { addModeration } from './groupChatModeration.ts';
import { rememberUnread } from './unreadCount.ts';

/*
 * One conversation (views/ConversationPage.astro). Messages are drawn once each, by id, whichever
 * way they come (the first load, a live change, a catch-up after reconnecting, the answer to our
 * own send), so nothing shows twice. What the reader writes goes into the chat outbox first and is
 * shown as waiting until the server has it; going online sends what waits. Others' new messages
 * are read out through the status line. Text from people is always set as text.
 */

type Actions = typeof import('./chatActions.ts');

const instant = (at: string | null) => (at ? Date.parse(at) : 0);

export class ChatConversationElement extends HTMLElement {
  #messages: Record<string, string> = {};
  #locale: 'da' | 'en' = 'da';
  #actions: Actions | undefined;
  #thread = '';
  #owner = '';
  #kind: 'care' | 'cohort' | 'staff' = 'care';
  #lastId = 0;
  #lastHiddenAt: string | null = null;
  #shown = new Map<number, HTMLLIElement>();
  #pending = new Map<string, HTMLLIElement>();
  /** The keys of our own messages already drawn as sent. */
  #shownKeys = new Set<string>();
  /** What came since the last message shown, one catch-up at a time. */
  #catchUp = singleFlight(() => this.#fetchNew().catch(() => undefined));
  #reloadWanted = false;
  /** What waits in the outbox, sent by one loop at a time (a refusal is handed back once). */
  #flush = singleFlight(() => this.#sendWaiting());
  #retry: ReturnType<typeof setTimeout> | undefined;
  #retryDelay = 5_000;
  #stop: (() => Promise<void>) | undefined;

  async connectedCallback() {
    this.#messages = JSON.parse(this.dataset.messages ?? '{}');
    this.#locale = this.dataset.locale === 'en' ? 'en' : 'da';
    this.#thread = new URLSearchParams(location.search).get('id') ?? '';
    const account = storedAccount(localStorage);
    (this.querySelector('.signed-out-note') as HTMLElement).hidden = account !== undefined;
    try {
      if (!account) return;
      this.#owner = account.userId;
      this.#actions = await import('./chatActions.ts');
      const chat = this.#actions.chat();
      const about = await chat.thread(this.#thread);
      if (!about) {
        this.#error(this.#text('notFound'));
        return;
      }
      this.#kind = about.kind;
      const heading = this.querySelector('h1') as HTMLElement;
      heading.textContent = about.kind === 'cohort' ? `${this.#text('group')}: ${about.title}` : about.title;
      document.title = `${heading.textContent} – ${document.title}`;
      this.#lastHiddenAt = about.last_hidden_at;
      await this.#load(false);
      for (const message of queuedMessages(localStorage, this.#owner, this.#thread)) this.#drawPending(message);
      (this.querySelector('.chat') as HTMLElement).hidden = false;
      this.#wire();
      this.#stop = await chat.onThreadChange(
        this.#thread,
        (change) => this.#changed(change.last_hidden_at),
        // Joined again after a lost connection: what came, or was hidden, meanwhile; what waits.
        (subscribed) => {
          if (!subscribed) return;
          void chat
            .thread(this.#thread)
            .then((now) => this.#changed(now?.last_hidden_at ?? null))
            .catch(() => undefined)
            .then(() => this.#flush());
        },
      );
      await this.#flush();
    } catch (error) {
      this.#fail(error);
    } finally {
      (this.querySelector('.loading') as HTMLElement).hidden = true;
    }
  }

  /** A change to the thread: a message hidden means drawing it again, else what is new. */
  #changed(lastHiddenAt: string | null) {
    // Realtime and the REST API write timestamps differently: compare instants.
    if (instant(lastHiddenAt) !== instant(this.#lastHiddenAt)) {
      this.#lastHiddenAt = lastHiddenAt;
      void this.#reloadAll();
    } else void this.#catchUp();
  }

  /** Someone else signed in on this device (another tab), or the reader signed out: stop here. */
  #ownerLeft(): boolean {
    if (storedAccount(localStorage)?.userId === this.#owner) return false;
    clearTimeout(this.#retry);
    void this.#stop?.();
    (this.querySelector('.chat') as HTMLElement).hidden = true;
    (this.querySelector('.signed-out-note') as HTMLElement).hidden = false;
    return true;
  }

  #text = (key: string, values: Record<string, string | number> = {}) =>
    fillPlaceholders(this.#messages[key] ?? '', values);

  #error(text: string) {
    (this.querySelector('.form-error') as HTMLElement).textContent = text;
  }

  #status(text: string) {
    (this.querySelector('.status-line') as HTMLElement).textContent = text;
  }

  #fail(error: unknown) {
    const kind = this.#actions ? this.#actions.chatRefusalOf(error) : 'unexpected';
    if (kind === 'not-found') this.#error(this.#text('notFound'));
    else if (kind !== 'offline')
      this.#error(this.#text(`error.${kind === 'too-long' || kind === 'too-many' ? kind : 'unexpected'}`));
  }

  #wire() {
    const form = this.querySelector('form.chat-answer') as HTMLFormElement;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const field = form.elements.namedItem('body') as HTMLTextAreaElement;
      if (field.value.trim() === '') {
        field.focus();
        return;
      }
      const message = {
        key: crypto.randomUUID(),
        thread: this.#thread,
        body: field.value,
        queuedAt: new Date().toISOString(),
      };
      queueMessage(localStorage, this.#owner, message);
      field.value = '';
      this.#drawPending(message);
      if (!navigator.onLine) this.#status(this.#text('queued'));
      void this.#flush();
    });
    addEventListener('online', () => void this.#catchUp().then(() => this.#flush()));
    addEventListener('storage', (event) => {
      if (event.key === sessionStorageKey) this.#ownerLeft();
    });
    // Read when seen: a conversation opened in a background tab is read when the reader turns to it.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void this.#markRead();
    });
  }

  async #markRead() {
    const chat = (this.#actions as Actions).chat();
    try {
      await chat.markRead(this.#thread);
      rememberUnread(this.#owner, await chat.unreadCount());
    } catch {
      // Offline: read next time.
    }
  }

  /** Everything from the start, in pages of 200. */
  async #load(announce: boolean) {
    const chat = (this.#actions as Actions).chat();
    for (;;) {
      const page = await chat.messages(this.#thread, this.#lastId);
      for (const message of page) this.#drawMessage(message, announce);
      if (page.length < 200) break;
    }
    if (document.visibilityState === 'visible') await this.#markRead();
  }

  /** Draws the whole conversation again (a message was hidden), in turn with catch-ups. */
  #reloadAll() {
    this.#reloadWanted = true;
    return this.#catchUp();
  }

  async #fetchNew() {
    if (!this.#reloadWanted) return this.#load(true);
    this.#reloadWanted = false;
    // Focus stays on the message it was in (the hide button just pressed goes with its message).
    const focused = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('li[data-id]')?.dataset.id;
    this.#lastId = 0;
    for (const item of this.#shown.values()) item.remove();
    this.#shown.clear();
    await this.#load(false);
    const again = focused ? this.#shown.get(Number(focused)) : undefined;
    if (again) {
      again.tabIndex = -1;
      again.focus();
    }
  }

  async #sendWaiting() {
    clearTimeout(this.#retry);
    if (!navigator.onLine || this.#ownerLeft()) return;
    const chat = (this.#actions as Actions).chat();
    const outcomes = await sendQueued(localStorage, this.#owner, this.#thread, (message) => {
      // Never under another person's name: the session is read afresh for each send.
      if (storedAccount(localStorage)?.userId !== this.#owner) throw new Error('The account on this device changed');
      return chat.send(message.thread, message.body, message.key);
    });
    // What still waits while online (a limit, the server down) is tried again, less and less often.
    if (queuedMessages(localStorage, this.#owner, this.#thread).length > 0 && navigator.onLine) {
      this.#retry = setTimeout(() => void this.#flush(), this.#retryDelay);
      this.#retryDelay = Math.min(this.#retryDelay * 2, 120_000);
    } else this.#retryDelay = 5_000;
    for (const outcome of outcomes) {
      const item = this.#pending.get(outcome.message.key);
      this.#pending.delete(outcome.message.key);
      if ('sent' in outcome) {
        // Drawn as sent when the catch-up below brings it back with its key.
        if (item) this.#pending.set(outcome.message.key, item);
        this.#status(this.#text('sent'));
        continue;
      }
      // Refused for good: the text goes back into the field, nothing is lost.
      item?.remove();
      const field = this.querySelector('textarea') as HTMLTextAreaElement;
      field.value = field.value ? `${outcome.message.body}\n${field.value}` : outcome.message.body;
      const kind = outcome.refused.kind === 'too-long' ? 'too-long' : 'unexpected';
      this.#error(this.#text('refused', { reason: this.#text(`error.${kind}`) }));
    }
    if (outcomes.some((outcome) => 'sent' in outcome)) await this.#catchUp();
  }

  #who(message: ThreadMessage): string {
    if (message.mine) return this.#text('you');
    if (!message.sender_name) return this.#text('unknownSender');
    return message.sender_title
      ? this.#text('from', { name: message.sender_name, title: message.sender_title.toLowerCase() })
      : message.sender_name;
  }

  #item(who: string, at: string, body: string, className: string): HTMLLIElement {
    const item = document.createElement('li');
    item.className = className;
    const header = document.createElement('p');
    header.className = 'chat-from';
    const name = document.createElement('strong');
    name.textContent = who;
    const time = document.createElement('time');
    time.dateTime = at;
    time.textContent = momentWhen(at, this.#locale);
    header.append(name, ' · ', time);
    const text = document.createElement('p');
    text.className = 'chat-body';
    text.textContent = body;
    item.append(header, text);
    return item;
  }

  #drawPending(message: QueuedMessage) {
    if (this.#pending.has(message.key) || this.#shownKeys.has(message.key)) return;
    const item = this.#item(this.#text('you'), message.queuedAt, message.body, 'chat-message mine waiting');
    const note = document.createElement('p');
    note.className = 'hint';
    note.textContent = this.#text('waiting');
    item.append(note);
    this.#pending.set(message.key, item);
    (this.querySelector('ol.chat-messages') as HTMLElement).append(item);
  }

  #drawMessage(message: ThreadMessage, announce: boolean) {
    this.#lastId = Math.max(this.#lastId, message.id);
    if (this.#shown.has(message.id)) return;
    const item = this.#item(
      this.#who(message),
      message.created_at,
      message.hidden ? this.#text('hidden') : (message.body ?? ''),
      `chat-message${message.mine ? ' mine' : ''}${message.hidden ? ' hidden' : ''}`,
    );
    if (this.#kind === 'cohort' && !message.hidden) {
      const chat = (this.#actions as Actions).chat();
      addModeration(item, message, {
        text: this.#text,
        report: (id) => chat.report(id),
        hide: (id) => chat.hide(id),
        say: (text) => this.#status(text),
        fail: (error) => this.#fail(error),
      });
    }
    this.#shown.set(message.id, item);
    item.dataset.id = String(message.id);
    if (message.client_key) this.#shownKeys.add(message.client_key);
    // Our own message, shown as waiting until now, takes its place.
    const waiting = message.client_key ? this.#pending.get(message.client_key) : undefined;
    if (waiting) {
      waiting.replaceWith(item);
      this.#pending.delete(message.client_key as string);
    } else {
      const list = this.querySelector('ol.chat-messages') as HTMLElement;
      const firstWaiting = [...this.#pending.values()][0];
      if (firstWaiting) list.insertBefore(item, firstWaiting);
      else list.append(item);
    }
    if (announce && !message.mine) {
      this.#status(
        this.#text('newMessage', { who: this.#who(message), text: message.hidden ? '' : (message.body ?? '') }),
      );
    }
  }
}
