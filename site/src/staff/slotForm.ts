import { copenhagenDate, isCalendarDate, isTimeOfDay } from '../lib/copenhagenTime.ts';
import type { PlanningContext, PlanningPart } from './planningContext.ts';
import { busyWhile, checkedValues, clearProblems, fieldValue, showProblem, showRefusal } from './planningForm.ts';

/*
 * "Tider til samtaler": a professional's start- or end-session times on chosen weekdays, from one
 * time of day to another in times of a set length, for a number of weeks from a first date (one
 * time: one week, one weekday, one length). The database makes them in Danish local time and
 * skips those that overlap the professional's other times; the page says how many of each.
 */

export class SlotFormElement extends HTMLElement implements PlanningPart {
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

  #problem(form: HTMLFormElement): [string, string] | undefined {
    if (!fieldValue(form, 'professional')) return ['professional', 'field.professional'];
    if (checkedValues(form, 'weekdays').length === 0) return ['weekdays', 'field.weekdays'];
    if (!isTimeOfDay(fieldValue(form, 'dayStarts'))) return ['dayStarts', 'field.dayStarts'];
    if (!isTimeOfDay(fieldValue(form, 'dayEnds')) || fieldValue(form, 'dayEnds') <= fieldValue(form, 'dayStarts'))
      return ['dayEnds', 'field.dayEnds'];
    const minutes = Number(fieldValue(form, 'minutes'));
    if (!Number.isInteger(minutes) || minutes < 10 || minutes > 240) return ['minutes', 'field.minutes'];
    const firstDate = fieldValue(form, 'firstDate');
    if (!isCalendarDate(firstDate) || firstDate < copenhagenDate(new Date())) return ['firstDate', 'field.firstDate'];
    const weeks = Number(fieldValue(form, 'weeks'));
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > 52) return ['weeks', 'field.weeks'];
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
    try {
      const outcome = await context.actions.scheduling().createSlotSeries({
        team: context.team.team_id as string,
        professional: fieldValue(form, 'professional'),
        kind: fieldValue(form, 'kind') === 'end' ? 'end' : 'start',
        weekdays: checkedValues(form, 'weekdays').map(Number),
        dayStarts: fieldValue(form, 'dayStarts'),
        dayEnds: fieldValue(form, 'dayEnds'),
        slotMinutes: Number(fieldValue(form, 'minutes')),
        firstDate: fieldValue(form, 'firstDate'),
        weeks: Number(fieldValue(form, 'weeks')),
      });
      said.textContent = context.text('slotForm.created', { ...outcome });
      context.changed('slots');
    } catch (error) {
      showRefusal(form, context, error);
    }
  }
}
