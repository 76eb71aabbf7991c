import { storedAccount } from '@sundhed/supabase/session';
import { copenhagenDate } from '../lib/copenhagenTime.ts';
import { memberName, type PlanningContext } from './planningContext.ts';

/*
 * The planning forms' choices drawn from the team: its cohorts, its members as facilitators and
 * as the professional whose times are offered (the planner first chosen), and today as the
 * earliest date. Filled as soon as the team is known, so the forms are whole before their code
 * (staff/planningForms.ts) arrives on the reader's first use of the page.
 */

export function fillFormChoices(root: HTMLElement, context: PlanningContext): void {
  const today = copenhagenDate(new Date());
  const me = storedAccount(localStorage)?.userId;
  const mine = context.team.members.some(({ id }) => id === me);

  const webinar = root.querySelector('webinar-form form') as HTMLFormElement;
  (webinar.elements.namedItem('date') as HTMLInputElement).min = today;
  (webinar.elements.namedItem('cohort') as HTMLSelectElement).replaceChildren(
    new Option(context.text('webinarForm.openToAll'), ''),
    ...context.cohorts.map((each) => new Option(each.title, each.id)),
  );
  (webinar.querySelector('.facilitator-choices') as HTMLElement).replaceChildren(
    ...context.team.members.map((member) => {
      const label = document.createElement('label');
      label.className = 'choice';
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = 'facilitators';
      box.value = member.id;
      box.checked = member.id === me;
      label.append(box, memberName(member));
      return label;
    }),
  );

  const slots = root.querySelector('slot-form form') as HTMLFormElement;
  const firstDate = slots.elements.namedItem('firstDate') as HTMLInputElement;
  firstDate.min = today;
  if (!firstDate.value || firstDate.value < today) firstDate.value = today;
  const professional = slots.elements.namedItem('professional') as HTMLSelectElement;
  professional.replaceChildren(...context.team.members.map((member) => new Option(memberName(member), member.id)));
  if (mine && me) professional.value = me;
}
