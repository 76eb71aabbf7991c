import type { ReadOfMyData } from '@sundhed/supabase';
import { storedAccount } from '@sundhed/supabase/session';
import { momentWhen } from '../lib/meetingTimes.ts';
import { accountChanged } from '../lib/pageEvents.ts';
import { myDataDocument } from './myDataDocument.ts';
import { PushRefused, pushState, turnPushOff, turnPushOn } from './pushOnThisDevice.ts';

/*
 * "Min konto" (views/MyAccountPage.astro). Each form says what it did in the status line, or what
 * went wrong in the alert; deleting the account needs a second, explicit confirmation, and focus
 * moves to it. After signing out or deleting, the page shows the signed-out note.
 */

type Actions = typeof import('./myAccountActions.ts');

export class MyAccountElement extends HTMLElement {
  #messages: Record<string, string> = {};
  #locale: 'da' | 'en' = 'da';
  #actions: Actions | undefined;
  #forgetAnyway = false;
  #owner = '';

  async connectedCallback() {
    this.#messages = JSON.parse(this.dataset.messages ?? '{}');
    this.#locale = this.dataset.locale === 'en' ? 'en' : 'da';
    this.#owner = storedAccount(localStorage)?.userId ?? '';
    const signedIn = this.#owner !== '';
    (this.querySelector('.signed-out-note') as HTMLElement).hidden = signedIn;
    try {
      if (!signedIn) return;
      this.#actions = await import('./myAccountActions.ts');
      const account = this.#actions.account();
      const [profile, choices, reads] = await Promise.all([
        account.profile(),
        account.emailChoices(),
        account.readsOfMyData(),
      ]);
      this.#field('name').value = profile.display_name;
      this.#field('webinars').checked = choices.webinars;
      this.#field('messages').checked = choices.messages;
      this.#drawReads(reads);
      // Staff accounts are ended by the municipality; the database refuses them here too.
      (this.querySelector('.staff-no-delete') as HTMLElement).hidden = profile.role === 'citizen';
      (this.querySelector('.delete-part') as HTMLElement).hidden = profile.role !== 'citizen';
      this.#wire();
      await this.#showPush();
      // Shown once it works: a button pressed before would do nothing.
      this.#showSignedIn(true);
    } catch (error) {
      this.#fail(error);
    } finally {
      (this.querySelector('.loading') as HTMLElement).hidden = true;
    }
  }

  #field = (name: string) => this.querySelector(`[name="${name}"]`) as HTMLInputElement;
  #say = (text: string) => {
    (this.querySelector('.form-error') as HTMLElement).textContent = '';
    (this.querySelector('.status-line') as HTMLElement).textContent = text;
  };

  #fail(error: unknown) {
    const kind = this.#actions ? this.#actions.accountRefusalOf(error) : 'offline';
    (this.querySelector('.status-line') as HTMLElement).textContent = '';
    (this.querySelector('.form-error') as HTMLElement).textContent = this.#messages[`error.${kind}`] ?? '';
  }

  #showSignedIn(signedIn: boolean) {
    (this.querySelector('.signed-out-note') as HTMLElement).hidden = signedIn;
    (this.querySelector('.account') as HTMLElement).hidden = !signedIn;
  }

  #drawReads(reads: ReadOfMyData[]) {
    (this.querySelector('.reads-none') as HTMLElement).hidden = reads.length > 0;
    (this.querySelector('table.reads') as HTMLElement).hidden = reads.length === 0;
    // Each cell carries its column's name, shown beside it where the table is stacked (a phone).
    const [whenLabel, whoLabel, whatLabel] = [...this.querySelectorAll('table.reads th')].map(
      (header) => header.textContent ?? '',
    );
    (this.querySelector('table.reads tbody') as HTMLElement).replaceChildren(
      ...reads.map((read) => {
        const row = document.createElement('tr');
        const when = document.createElement('td');
        const time = document.createElement('time');
        time.dateTime = read.at;
        time.textContent = momentWhen(read.at, this.#locale);
        when.append(time);
        const who = document.createElement('td');
        const role = read.by_role ? this.#messages[`role.${read.by_role}`] : undefined;
        who.textContent = [read.by_name, role].filter(Boolean).join(', ');
        const what = document.createElement('td');
        what.textContent = this.#messages[`read.${read.action}`] ?? this.#messages['read.other'] ?? '';
        when.dataset.label = whenLabel ?? '';
        who.dataset.label = whoLabel ?? '';
        what.dataset.label = whatLabel ?? '';
        row.append(when, who, what);
        return row;
      }),
    );
  }

  #wire() {
    const actions = this.#actions as Actions;
    const onSubmit = (selector: string, act: (form: HTMLFormElement) => Promise<void>) => {
      const form = this.querySelector(selector) as HTMLFormElement;
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        const button = form.querySelector('button[type="submit"]') as HTMLButtonElement;
        button.disabled = true;
        try {
          await act(form);
        } catch (error) {
          this.#fail(error);
        } finally {
          button.disabled = false;
        }
      });
    };
    onSubmit('form.display-name', async () => {
      const name = this.#field('name');
      const valid = name.value.trim().length > 0;
      name.setAttribute('aria-invalid', String(!valid));
      if (!valid) {
        (this.querySelector('.form-error') as HTMLElement).textContent = this.#messages['error.invalid'] ?? '';
        name.focus();
        return;
      }
      await actions.account().setDisplayName(name.value);
      this.#say(this.#messages.nameSaved ?? '');
    });
    onSubmit('form.email-choices', async () => {
      await actions
        .account()
        .setEmailChoices({ webinars: this.#field('webinars').checked, messages: this.#field('messages').checked });
      this.#say(this.#messages.emailsSaved ?? '');
    });
    this.#button('.download-json', async () => {
      const data = await actions.account().exportMyData();
      this.#download('mine-data.json', 'application/json', JSON.stringify(data, null, 2));
    });
    this.#button('.download-html', async () => {
      const data = (await actions.account().exportMyData()) as Parameters<typeof myDataDocument>[0];
      const parts = Object.fromEntries(
        Object.entries(this.#messages)
          .filter(([key]) => key.startsWith('part.'))
          .map(([key, text]) => [key.slice('part.'.length), text]),
      );
      const title = this.#messages.documentTitle ?? '';
      const html = myDataDocument(data, { title, none: this.#messages.none ?? '', parts }, this.#locale);
      this.#download('mine-data.html', 'text/html', html);
    });
    this.#button('.sign-out', () => this.#signOut(false));
    this.#button('.forget', () => this.#signOut(true));
    const start = this.querySelector('.delete-start') as HTMLButtonElement;
    const confirm = this.querySelector('form.delete-confirm') as HTMLFormElement;
    const toggle = (open: boolean) => {
      confirm.hidden = !open;
      start.setAttribute('aria-expanded', String(open));
      (open ? this.#field('understood') : start).focus();
    };
    start.addEventListener('click', () => toggle(true));
    (this.querySelector('.delete-cancel') as HTMLButtonElement).addEventListener('click', () => toggle(false));
    onSubmit('form.delete-confirm', async () => {
      const understood = this.#field('understood');
      if (!understood.checked) {
        (this.querySelector('.form-error') as HTMLElement).textContent = this.#messages.deleteNotChecked ?? '';
        understood.focus();
        return;
      }
      // Only the account this page was opened for: another person may have signed in since.
      if (storedAccount(localStorage)?.userId !== this.#owner) {
        this.#signedOut('');
        return;
      }
      await actions.deleteAccount();
      this.#signedOut(this.#messages.deleted ?? '');
    });
  }

  /** Push in this browser: offered where it can work, with its state in words. */
  async #showPush() {
    const key = import.meta.env.PUBLIC_VAPID_PUBLIC_KEY;
    const section = this.querySelector('section.push') as HTMLElement;
    const on = this.querySelector('.push-on') as HTMLButtonElement;
    const off = this.querySelector('.push-off') as HTMLButtonElement;
    const draw = async () => {
      const state = await pushState(key);
      section.hidden = state === 'unsupported';
      on.hidden = state !== 'off';
      off.hidden = state !== 'on';
      (this.querySelector('.push-state') as HTMLElement).textContent =
        this.#messages[state === 'on' ? 'pushIsOn' : state === 'blocked' ? 'pushBlocked' : 'pushIsOff'] ?? '';
      return state;
    };
    if ((await draw()) === 'unsupported') return;
    const account = (this.#actions as Actions).account();
    this.#button('.push-on', async () => {
      try {
        await turnPushOn(key, (subscription) => account.savePushSubscription(subscription));
        this.#say(this.#messages.pushIsOn ?? '');
      } catch (error) {
        // The browser said no, or its push service failed: not the backend's refusal.
        if (error instanceof PushRefused || (error instanceof DOMException && error.name !== 'NetworkError')) {
          (this.querySelector('.form-error') as HTMLElement).textContent = this.#messages.pushFailed ?? '';
        } else throw error;
      } finally {
        (((await draw()) === 'on' ? off : on) as HTMLButtonElement).focus();
      }
    });
    this.#button('.push-off', async () => {
      await turnPushOff((endpoint) => account.removePushSubscription(endpoint));
      this.#say(this.#messages.pushIsOff ?? '');
      await draw();
      on.focus();
    });
  }

  #button(selector: string, act: () => Promise<void>) {
    const button = this.querySelector(selector) as HTMLButtonElement;
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        await act();
      } catch (error) {
        this.#fail(error);
      } finally {
        button.disabled = false;
      }
    });
  }

  #download(name: string, type: string, text: string) {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type }));
    link.download = name;
    link.hidden = true;
    this.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    this.#say(this.#messages.downloaded ?? '');
  }

  async #signOut(forget: boolean) {
    const outcome = await (this.#actions as Actions).signOut({ forget, anyway: forget && this.#forgetAnyway });
    if (outcome === 'unsent') {
      this.#forgetAnyway = true;
      (this.querySelector('.form-error') as HTMLElement).textContent = this.#messages.unsent ?? '';
      return;
    }
    this.#signedOut((forget ? this.#messages.signedOutForgot : this.#messages.signedOut) ?? '');
  }

  #signedOut(message: string) {
    dispatchEvent(new CustomEvent(accountChanged));
    this.#showSignedIn(false);
    this.#say(message);
    (document.querySelector('h1') as HTMLElement | null)?.setAttribute('tabindex', '-1');
    (document.querySelector('h1') as HTMLElement | null)?.focus();
  }
}
