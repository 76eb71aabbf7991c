import { sessionStorageKey, storedAccount } from '@sundhed/supabase/session';
import { returnParameter } from '../account/returnPath.ts';

/*
 * What every staff page does the same way: it belongs to the account that opened it. When someone
 * else signs in on this computer (another tab), or the reader signs out, the page stops: citizens'
 * names and figures leave the screen and the sign-in note shows. A form sends once at a time.
 */

export type StaffPage = {
  /** The account the page opened for. */
  owner: string;
  /** True (and the page already cleared) once the account on this device is another or none. */
  ownerLeft: () => boolean;
};

/**
 * Watches the device's account for `element`: on a change, `clear` runs (stop live updates, empty
 * lists) and `.signed-out-note` shows. Undefined when nobody is signed in (the note shows).
 */
export function staffPage(element: HTMLElement, clear: () => void): StaffPage | undefined {
  const note = element.querySelector<HTMLElement>('.signed-out-note');
  const account = storedAccount(localStorage);
  if (note) note.hidden = account !== undefined;
  // Back to this very page (its filter, its cohort) after signing in.
  const signIn = note?.querySelector('a');
  if (signIn) {
    const target = new URL(signIn.href);
    target.searchParams.set(returnParameter, `${location.pathname}${location.search}`);
    signIn.href = target.href;
  }
  if (!account) return undefined;
  let left = false;
  const ownerLeft = () => {
    if (left) return true;
    if (storedAccount(localStorage)?.userId === account.userId) return false;
    left = true;
    clear();
    if (note) note.hidden = false;
    return true;
  };
  addEventListener('storage', (event) => {
    if (event.key === sessionStorageKey) ownerLeft();
  });
  return { owner: account.userId, ownerLeft };
}

/**
 * Submits `form` to `act`, once at a time, and only while `page` still belongs to its owner; a
 * failure goes to `fail`. While it runs the buttons say so (aria-disabled, which keeps focus where
 * it is, unlike disabled) and a second submit is ignored.
 */
export function onSubmit(
  form: HTMLFormElement,
  page: StaffPage,
  act: (form: HTMLFormElement) => Promise<void>,
  fail: (error: unknown) => void,
) {
  let busy = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (busy || page.ownerLeft()) return;
    busy = true;
    const buttons = [...form.querySelectorAll('button')];
    for (const button of buttons) button.setAttribute('aria-disabled', 'true');
    void act(form)
      .catch(fail)
      .finally(() => {
        busy = false;
        for (const button of buttons) button.removeAttribute('aria-disabled');
      });
  });
}
