import { storedAccount } from '@sundhed/supabase/session';
import { fillPlaceholders } from '../i18n/fill.ts';
import { accountChanged } from '../lib/pageEvents.ts';
import { safeReturnPath } from './returnPath.ts';

/*
 * The sign-in page's form (views/SignInPage.astro): e-mail → code → signed in, and sign-out. The
 * heavy part (supabase-js) loads when the reader first focuses the form. Focus moves to what the
 * reader must do next; the status line announces progress, the alert announces refusals.
 */

type Flow = typeof import('./signInFlow.ts');
type Step = 'email' | 'code' | 'signed-in';

export class SignInFormElement extends HTMLElement {
  #messages: Record<string, string> = {};
  #email = '';
  #forgetAnyway = false;
  #flow: Promise<Flow> | undefined;

  connectedCallback() {
    this.#messages = JSON.parse(this.dataset.messages ?? '{}');
    this.addEventListener('focusin', () => void this.#load().catch(() => undefined), { once: true });
    this.#form('email').addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#sendCode();
    });
    this.#form('code').addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#checkCode();
    });
    this.#form('sign-out').addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#signOut();
    });
    this.#button('new-code').addEventListener('click', () => void this.#sendCode(this.#email));
    this.#button('other-email').addEventListener('click', () => {
      this.#clearError();
      this.#show('email');
      this.#input('sign-in-email').focus();
    });
    this.querySelector('button[data-action="mitid"]')?.addEventListener('click', () => void this.#startMitid());
    const returned = new URLSearchParams(location.search);
    const account = storedAccount(localStorage);
    if (returned.has('code')) void this.#finishMitid();
    else if (account) this.#showSignedIn(account.email);
    else this.#show('email');
    if (returned.has('error_description')) this.#fail({ kind: 'provider-failed' }, this.#input('sign-in-email'));
  }

  async #startMitid() {
    const provider = this.dataset.mitid as `custom:${string}` | undefined;
    if (!provider) return;
    this.#clearError();
    try {
      // Back to this page with only the return path: no code or error of an earlier try.
      const back = new URL(location.pathname, location.origin);
      const returnTo = new URLSearchParams(location.search).get('tilbage');
      if (returnTo) back.searchParams.set('tilbage', returnTo);
      await (await this.#load()).startProvider(provider, back.href);
    } catch (error) {
      this.#fail(error, this.#input('sign-in-email'));
    }
  }

  /** Back from MitID: supabase-js exchanges the code; then on as after a code by e-mail. */
  async #finishMitid() {
    this.#say(this.#text('checking'));
    try {
      const result = await (await this.#load()).finishProvider();
      // The code is used up; keep it out of the history and of a bookmark.
      const params = new URLSearchParams(location.search);
      params.delete('code');
      // toString, not size: Safari before 17 has no URLSearchParams.size.
      const query = params.toString();
      history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
      this.#signedIn(result);
    } catch {
      this.#show('email');
      this.#fail({ kind: 'provider-failed' }, this.#input('sign-in-email'));
    }
  }

  #load(): Promise<Flow> {
    this.#flow ??= import('./signInFlow.ts').catch((error: unknown) => {
      this.#flow = undefined;
      throw error;
    });
    return this.#flow;
  }

  #form = (step: string) => this.querySelector(`form[data-step="${step}"]`) as HTMLFormElement;
  #button = (action: string) => this.querySelector(`button[data-action="${action}"]`) as HTMLButtonElement;
  #input = (id: string) => this.querySelector(`#${id}`) as HTMLInputElement;
  #text = (key: string, values: Record<string, string | number> = {}) =>
    fillPlaceholders(this.#messages[key] ?? '', values);

  #show(step: Step) {
    for (const part of this.querySelectorAll<HTMLElement>(':scope > [data-step]'))
      part.hidden = part.dataset.step !== step;
  }

  #say(text: string) {
    const status = this.querySelector('.status-line');
    if (status) status.textContent = text;
  }

  #busy(form: HTMLFormElement, busy: boolean) {
    for (const button of form.querySelectorAll('button')) button.disabled = busy;
    form.setAttribute('aria-busy', String(busy));
  }

  /** Shows a refusal in the alert, ties it to the field, and puts the reader back in that field. */
  #fail(error: unknown, input: HTMLInputElement) {
    const { kind = 'offline', seconds } = (error ?? {}) as { kind?: string; seconds?: number };
    const known = kind in this.#messages ? kind : 'unexpected';
    // The alert is always in the page, empty until now: filling it is what screen readers announce.
    const alert = this.querySelector('.form-error') as HTMLElement;
    alert.textContent = this.#text(known, { seconds: seconds ?? 60 });
    this.#say('');
    input.setAttribute('aria-invalid', 'true');
    // aria-errormessage for those that read it; aria-describedby, which all do, reads it again on focus.
    input.setAttribute('aria-errormessage', alert.id);
    const described = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== alert.id);
    input.setAttribute('aria-describedby', [...described, alert.id].join(' '));
    input.focus();
  }

  #clearError() {
    const alert = this.querySelector('.form-error') as HTMLElement;
    alert.textContent = '';
    for (const input of this.querySelectorAll('input[aria-invalid]')) {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-errormessage');
      const described = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== alert.id);
      if (described.length) input.setAttribute('aria-describedby', described.join(' '));
      else input.removeAttribute('aria-describedby');
    }
  }

  async #sendCode(again?: string) {
    const input = this.#input('sign-in-email');
    const email = again ?? input.value.trim();
    const form = this.#form(again ? 'code' : 'email');
    this.#clearError();
    if (!again && (!email || !input.checkValidity())) {
      this.#fail({ kind: 'invalid-email' }, input);
      return;
    }
    this.#busy(form, true);
    this.#say(this.#text('sending'));
    try {
      await (await this.#load()).sendCode(email);
    } catch (error) {
      this.#fail(error, again ? this.#input('sign-in-code') : input);
      return;
    } finally {
      this.#busy(form, false);
    }
    this.#email = email;
    const sent = this.#text('codeSent', { email });
    (this.querySelector('.code-sent') as HTMLElement).textContent = sent;
    this.#show('code');
    const code = this.#input('sign-in-code');
    code.value = '';
    code.focus();
    this.#say(sent);
  }

  async #checkCode() {
    const input = this.#input('sign-in-code');
    const form = this.#form('code');
    this.#clearError();
    this.#busy(form, true);
    this.#say(this.#text('checking'));
    let result: Awaited<ReturnType<Flow['checkCode']>>;
    try {
      result = await (await this.#load()).checkCode(this.#email, input.value);
    } catch (error) {
      this.#fail(error, input);
      return;
    } finally {
      this.#busy(form, false);
    }
    this.#signedIn(result);
  }

  /** After either way of signing in: back where the reader came from, or say who is signed in. */
  #signedIn(result: Awaited<ReturnType<Flow['checkCode']>>) {
    this.#clearError();
    dispatchEvent(new Event(accountChanged));
    const back = safeReturnPath(location.search, location.origin);
    if (back && result.sync === 'synced') {
      this.#say(this.#text('syncing'));
      location.assign(back);
      return;
    }
    this.#showSignedIn(result.email, result.sync === 'kept');
  }

  #showSignedIn(email: string, kept = false) {
    const who = email ? this.#text('signedInAs', { email }) : this.#text('signedInWithMitid');
    (this.querySelector('.signed-in-as') as HTMLElement).textContent = who;
    const back = safeReturnPath(location.search, location.origin);
    const link = this.querySelector('.back-link') as HTMLAnchorElement;
    link.hidden = !back;
    if (back) link.href = back;
    const hadFocus = this.contains(document.activeElement);
    this.#show('signed-in');
    this.#say(`${who}${kept ? ` ${this.#text('syncKept')}` : ''}`);
    // The form that had focus is gone: focus goes to the page's heading, not to the body.
    if (hadFocus) (this.ownerDocument.querySelector('h1') as HTMLElement).focus();
  }

  async #signOut() {
    const form = this.#form('sign-out');
    const forget = this.#input('sign-in-forget').checked;
    this.#busy(form, true);
    let outcome: 'signed-out' | 'unsent';
    try {
      outcome = await (await this.#load()).signOut({ forget, anyway: this.#forgetAnyway });
    } catch (error) {
      this.#fail(error, this.#input('sign-in-forget'));
      return;
    } finally {
      this.#busy(form, false);
    }
    if (outcome === 'unsent') {
      this.#forgetAnyway = true;
      this.#say(this.#text('unsentWarning'));
      return;
    }
    this.#forgetAnyway = false;
    dispatchEvent(new Event(accountChanged));
    this.#input('sign-in-forget').checked = false;
    this.#show('email');
    (this.ownerDocument.querySelector('h1') as HTMLElement).focus();
    this.#say(this.#text(forget ? 'signedOutForgot' : 'signedOut'));
  }
}
