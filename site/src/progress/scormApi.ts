import type { Scorm12Api } from 'scorm-again/scorm12/min';
import { type ProgressPatch, scormValues } from './patch.ts';
import { saveProgress } from './saveProgress.ts';
import { readCmi, type StoredCmi } from './store.ts';

declare global {
  interface Window {
    /** The SCORM 1.2 API that content and tools look for, by the standard's name. */
    API?: Scorm12Api;
  }
}

/** scorm-again has no "off" log level name in 1.2 settings; 5 is its NONE. */
const LOG_NONE = 5;

/** scorm-again keeps the session's start; this gives the running total (earlier sessions + this one). */
type WithTotalTime = { cmi: { getCurrentTotalTime?: () => string } };

let loading: Promise<Scorm12Api> | undefined;
/** Set once loaded, so `pagehide` can commit synchronously. */
export let loadedApi: Scorm12Api | undefined;
let onSaveFailed: () => void = () => {};

function saveCommit(lesson: string, api: Scorm12Api): void {
  const cmi = api.renderCMIToJSONObject().cmi as StoredCmi;
  const total = (api as unknown as WithTotalTime).cmi.getCurrentTotalTime?.();
  if (total && cmi.core) (cmi.core as Record<string, unknown>).total_time = total;
  if (!saveProgress(lesson, cmi)) onSaveFailed();
}

/**
 * Loads scorm-again on first use (18 KB gzip: too much for first paint), restores this lesson's
 * saved state, and exposes the API as `window.API`. Every LMSCommit saves to the browser and
 * queues the change for the server.
 */
export function lessonApi(lesson: string, saveFailed?: () => void): Promise<Scorm12Api> {
  if (saveFailed) onSaveFailed = saveFailed;
  loading ??= import('scorm-again/scorm12/min').then(({ Scorm12API }) => {
    const api = new Scorm12API({ lmsCommitUrl: false, autocommit: false, logLevel: LOG_NONE });
    const saved = readCmi(lesson);
    if (saved) api.loadFromJSON(saved, 'cmi');
    api.on('LMSCommit', () => saveCommit(lesson, api));
    api.LMSInitialize('');
    if (api.LMSGetValue('cmi.core.lesson_status') === 'not attempted') {
      api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
      api.LMSCommit('');
    }
    window.API = api;
    loadedApi = api;
    return api;
  });
  // A failed download (offline before it was cached) is tried again at the next change.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** Sets the patch through the API and commits. Completion is never set back to incomplete. */
export function applyToApi(api: Scorm12Api, patch: ProgressPatch): void {
  for (const [element, value] of scormValues(patch)) {
    if (element === 'cmi.core.lesson_status' && api.LMSGetValue(element) === 'completed') continue;
    api.LMSSetValue(element, value);
  }
  api.LMSCommit('');
}
