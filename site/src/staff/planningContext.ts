import type { StaffTeam } from '@sundhed/supabase';
import { meetingWhen } from '../lib/meetingTimes.ts';
import type { Cohort } from './planningActions.ts';
import { planningRefusal } from './planningRefusal.ts';

/*
 * What the planning page's parts share once the planner is signed in and a team is chosen
 * (staff/staffPlanning.ts hands it to each part): the backend calls, the team with its members and
 * cohorts, the page's words, and a way to tell the other parts that something they show changed.
 */

export type PlanningActions = typeof import('./planningActions.ts');

/** What a part shows that another part can change. */
export type PlanningTopic = 'webinars' | 'slots';

export type PlanningContext = {
  actions: PlanningActions;
  team: StaffTeam;
  cohorts: Cohort[];
  locale: 'da' | 'en';
  text: (key: string, values?: Record<string, string | number>) => string;
  changed: (topic: PlanningTopic) => void;
};

/** A part of the page: drawn for a team, and again when what it shows changed elsewhere. */
export interface PlanningPart extends HTMLElement {
  show(context: PlanningContext): Promise<void>;
  readonly topic?: PlanningTopic;
}

/** "tirsdag den 1. december kl. 17.00–18.00". */
export function when(context: PlanningContext, startsAt: string, endsAt: string): string {
  const { day, hours } = meetingWhen(startsAt, endsAt, context.locale);
  return `${day} ${hours}`;
}

/** A refusal in the reader's words. */
export function refusalText(context: PlanningContext, error: unknown): string {
  const refusal = planningRefusal(error, typeof navigator === 'undefined' || navigator.onLine !== false);
  return context.text(`error.${refusal.key}`, refusal.count === undefined ? {} : { count: refusal.count });
}

/** "Karen Holm (sygeplejerske)": a team member as choices and lists name them. */
export const memberName = (member: { name: string; title: string | null }) =>
  member.title ? `${member.name} (${member.title})` : member.name;

/** A confirmation before something that tells citizens: the question, yes and no; focus on "no" is not kept. */
export function confirmation(
  id: string,
  question: string,
  yes: string,
  no: string,
  answered: (confirmed: boolean) => void,
): HTMLElement {
  const box = document.createElement('div');
  box.className = 'confirm';
  box.setAttribute('role', 'group');
  const ask = document.createElement('p');
  ask.id = id;
  ask.textContent = question;
  box.setAttribute('aria-labelledby', id);
  const yesButton = document.createElement('button');
  yesButton.type = 'button';
  yesButton.textContent = yes;
  yesButton.dataset.part = 'confirm-yes';
  const noButton = document.createElement('button');
  noButton.type = 'button';
  noButton.className = 'secondary';
  noButton.textContent = no;
  noButton.dataset.part = 'confirm-no';
  yesButton.addEventListener('click', () => answered(true));
  noButton.addEventListener('click', () => answered(false));
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') answered(false);
  });
  const buttons = document.createElement('p');
  buttons.className = 'secondary-actions';
  buttons.append(yesButton, noButton);
  box.append(ask, buttons);
  return box;
}
