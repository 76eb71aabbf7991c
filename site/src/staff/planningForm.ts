import { type PlanningContext, refusalText } from './planningContext.ts';
import { planningRefusal } from './planningRefusal.ts';

/*
 * The planning forms' shared handling of what is wrong: a message in the form's alert, the field
 * it is about marked invalid and described by it, and focus on that field (the first of a group of
 * checkboxes). The same words for what the browser finds and what the database refuses.
 */

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const fieldsNamed = (form: HTMLFormElement, name: string): Field[] =>
  [...form.elements].filter((element): element is Field => (element as Field).name === name);

export const fieldValue = (form: HTMLFormElement, name: string): string =>
  (form.elements.namedItem(name) as Field | null)?.value.trim() ?? '';

export const checkedValues = (form: HTMLFormElement, name: string): string[] =>
  fieldsNamed(form, name)
    .filter((field) => (field as HTMLInputElement).checked)
    .map((field) => field.value);

/** The form's alert, emptied, and every field unmarked. */
export function clearProblems(form: HTMLFormElement): void {
  (form.querySelector('.form-error') as HTMLElement).textContent = '';
  for (const field of form.querySelectorAll('[aria-invalid]')) {
    field.removeAttribute('aria-invalid');
    field.removeAttribute('aria-describedby');
  }
}

/** A problem with one field (or the whole form): said, marked, and the field focused. */
export function showProblem(form: HTMLFormElement, message: string, field?: string): void {
  const alert = form.querySelector('.form-error') as HTMLElement;
  alert.textContent = message;
  const fields = field ? fieldsNamed(form, field) : [];
  for (const each of fields) {
    each.setAttribute('aria-invalid', 'true');
    each.setAttribute('aria-describedby', alert.id);
  }
  fields[0]?.focus();
}

/** A refusal from the database, on the field it names when the form has that field. */
export function showRefusal(form: HTMLFormElement, context: PlanningContext, error: unknown): void {
  const { field } = planningRefusal(error);
  showProblem(form, refusalText(context, error), field && fieldsNamed(form, field).length > 0 ? field : undefined);
}

/** Runs a form's action with its button held down, so a double press sends once. */
export async function busyWhile(form: HTMLFormElement, act: () => Promise<void>): Promise<void> {
  const button = form.querySelector('button[type="submit"]') as HTMLButtonElement | null;
  if (button?.disabled) return;
  if (button) button.disabled = true;
  try {
    await act();
  } finally {
    if (button) button.disabled = false;
  }
}

/**
 * A meeting link as the database takes it: https, no user name or password, at most 500
 * characters, the host in ASCII (a Danish "møde.kommune.dk" becomes its xn-- form); else undefined.
 */
export function httpsAddress(text: string): string | undefined {
  if (/\s/.test(text)) return undefined;
  try {
    const url = new URL(text);
    if (url.protocol !== 'https:' || url.username || url.password || url.href.length > 500) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}
