import { PlannedWebinarsElement } from './plannedWebinars.ts';

/*
 * The planning page's code for a signed-in reader, loaded with the backend calls (signed out the
 * page loads only staff/staffPlanning.ts): the webinars list, and what the page fills the forms with.
 */

export { fillFormChoices } from './formChoices.ts';

customElements.define('planned-webinars', PlannedWebinarsElement);
