/*
 * Events one part of a page announces on the window for another, so neither imports the other's
 * code (the header must stay light on every page).
 */

/** A lesson's progress was saved in this browser (progress/saveProgress.ts). */
export const progressSaved = 'sundhed:progress-saved';

/** Someone signed in or out on this device (account/signInForm.ts). */
export const accountChanged = 'sundhed:account-changed';
