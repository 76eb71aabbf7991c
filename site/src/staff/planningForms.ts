import { SlotFormElement } from './slotForm.ts';
import { WebinarFormElement } from './webinarForm.ts';

/* The planning forms' code, loaded on the reader's first use of the page (staff/staffPlanning.ts). */
customElements.define('webinar-form', WebinarFormElement);
customElements.define('slot-form', SlotFormElement);
