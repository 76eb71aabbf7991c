import { type LessonAnswers, serializeAnswers } from './answers.ts';
import type { StoredCmi } from './store.ts';

/*
 * A change to one lesson's progress, in SCORM 1.2 terms. The same change is written to the browser
 * at once and, when scorm-again is loaded, set through its API, so both always agree.
 */
export type ProgressPatch = {
  status?: 'incomplete' | 'completed';
  location?: string;
  answers?: LessonAnswers;
  score?: number;
};

/** The patch as SCORM element/value pairs. Throws SuspendDataTooLarge before anything is written. */
export function scormValues(patch: ProgressPatch): [string, string][] {
  const values: [string, string][] = [];
  if (patch.answers) values.push(['cmi.suspend_data', serializeAnswers(patch.answers)]);
  if (patch.location !== undefined) values.push(['cmi.core.lesson_location', patch.location]);
  if (patch.score !== undefined) values.push(['cmi.core.score.raw', String(patch.score)]);
  if (patch.status) values.push(['cmi.core.lesson_status', patch.status]);
  return values;
}

/** The stored `cmi` with the patch applied; completion is never undone. */
export function patchedCmi(cmi: StoredCmi | undefined, patch: ProgressPatch): StoredCmi {
  const core = { ...(cmi?.core ?? {}) };
  const next: StoredCmi = { ...(cmi ?? {}), core };
  for (const [element, value] of scormValues(patch)) {
    if (element === 'cmi.suspend_data') next.suspend_data = value;
    if (element === 'cmi.core.lesson_location') core.lesson_location = value;
    if (element === 'cmi.core.score.raw') core.score = { ...(core.score ?? {}), raw: value };
    if (element === 'cmi.core.lesson_status' && core.lesson_status !== 'completed') core.lesson_status = value;
  }
  return next;
}
