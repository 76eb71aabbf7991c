import type { Scorm12Api } from 'scorm-again/scorm12/min';
import { readCmi, writeCmi } from './store.ts';

declare global {
  interface Window {
    /** The SCORM 1.2 API that content and tools look for, by the standard's name. */
    API?: Scorm12Api;
  }
}

/** scorm-again has no "off" log level name in 1.2 settings; 5 is its NONE. */
const LOG_NONE = 5;

let loading: Promise<Scorm12Api> | undefined;
let onSaveFailed: () => void = () => {};

/**
 * Loads scorm-again on first use (it is 18 KB gzip: too much for first paint), restores this
 * lesson's saved state, and exposes the API as `window.API`. Every LMSCommit saves to the browser.
 */
export function lessonApi(lesson: string, saveFailed?: () => void): Promise<Scorm12Api> {
  if (saveFailed) onSaveFailed = saveFailed;
  loading ??= import('scorm-again/scorm12/min').then(({ Scorm12API }) => {
    const api = new Scorm12API({ lmsCommitUrl: false, autocommit: false, logLevel: LOG_NONE });
    const saved = readCmi(lesson);
    if (saved) api.loadFromJSON(saved, 'cmi');
    api.on('LMSCommit', () => {
      if (!writeCmi(lesson, api.renderCMIToJSONObject().cmi)) onSaveFailed();
    });
    api.LMSInitialize('');
    if (api.LMSGetValue('cmi.core.lesson_status') === 'not attempted') {
      api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
      api.LMSCommit('');
    }
    window.API = api;
    return api;
  });
  return loading;
}

export async function markLessonDone(lesson: string, saveFailed: () => void): Promise<void> {
  const api = await lessonApi(lesson, saveFailed);
  api.LMSSetValue('cmi.core.lesson_status', 'completed');
  api.LMSCommit('');
}
