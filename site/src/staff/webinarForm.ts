import { copenhagenInstant, isCalendarDate, isTimeOfDay } from '../lib/copenhagenTime.ts';
import type { PlanningContext, PlanningPart } from './planningContext.ts';
import {
  busyWhile,
  checkedValues,
  clearProblems,
  fieldValue,
  httpsAddress,
  showProblem,
  showRefusal,
} from './planningForm.ts';

/*
 * "Nyt webinar" on the planning page: title, date and times (Danish local time, turned into
 * instants by lib/copenhagenTime.ts), seats, a cohort of the team or open to all, the facilitators
 * among the team's members, an optional fixed meeting link, and how many weeks in a row. The
 * browser checks what it can first, in the order of the fields; the database has the last word.
 */

export class WebinarFormElement extends HTMLElement implements PlanningPart {
  #context: PlanningContext | undefined;

  connectedCallback() {
    const form = this.querySelector('form') as HTMLFormElement;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (this.#context) void busyWhile(form, () => this.#create(form, this.#context as PlanningContext));
    });
  }

  /** The team to plan for (its choices are filled by staff/formChoices.ts). */
  async show(context: PlanningContext) {
    this.#context = context;
  }

  /** The first problem the browser can see, as [field, message key]. */
  #problem(form: HTMLFormElement): [string, string] | undefined {
    const title = fieldValue(form, 'title');
    if (title.length < 1 || title.length > 160) return ['title', 'field.title'];
    if (!isCalendarDate(fieldValue(form, 'date'))) return ['date', 'field.date'];
    if (!isTimeOfDay(fieldValue(form, 'starts'))) return ['starts', 'field.starts'];
    if (!isTimeOfDay(fieldValue(form, 'ends')) || fieldValue(form, 'ends') <= fieldValue(form, 'starts'))
      return ['ends', 'field.ends'];
    if (copenhagenInstant(fieldValue(form, 'date'), fieldValue(form, 'starts')) <= new Date())
      return ['date', 'field.date'];
    const capacity = Number(fieldValue(form, 'capacity'));
    if (!Number.isInteger(capacity) || capacity < 1 || capacity > 1000) return ['capacity', 'field.capacity'];
    const facilitators = checkedValues(form, 'facilitators').length;
    if (facilitators < 1 || facilitators > 10) return ['facilitators', 'field.facilitators'];
    const url = fieldValue(form, 'url');
    if (url && !httpsAddress(url)) return ['url', 'field.url'];
    const weeks = Number(fieldValue(form, 'weeks'));
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > 26) return ['weeks', 'field.weeks'];
    return undefined;
  }

  async #create(form: HTMLFormElement, context: PlanningContext) {
    clearProblems(form);
    const said = this.querySelector('.said') as HTMLElement;
    said.textContent = '';
    const problem = this.#problem(form);
    if (problem) {
      showProblem(form, context.text(`error.${problem[1]}`), problem[0]);
      return;
    }
    const date = fieldValue(form, 'date');
    const webinar = {
      team: context.team.team_id as string,
      title: fieldValue(form, 'title'),
      startsAt: copenhagenInstant(date, fieldValue(form, 'starts')),
      endsAt: copenhagenInstant(date, fieldValue(form, 'ends')),
      capacity: Number(fieldValue(form, 'capacity')),
      facilitators: checkedValues(form, 'facilitators'),
      cohort: fieldValue(form, 'cohort') || null,
      meetingUrl: httpsAddress(fieldValue(form, 'url')) ?? null,
    };
    const weeks = Number(fieldValue(form, 'weeks'));
    try {
      const scheduling = context.actions.scheduling();
      let count = 1;
      if (weeks === 1) await scheduling.createWebinar(webinar);
      else count = (await scheduling.createWebinarSeries(webinar, weeks)).length;
      said.textContent = context.text('webinarForm.created', { count, title: webinar.title });
      (form.elements.namedItem('title') as HTMLInputElement).value = '';
      context.changed('webinars');
    } catch (error) {
      showRefusal(form, context, error);
    }
  }
}
