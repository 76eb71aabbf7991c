/*
 * Progress kept in this browser: one SCORM 1.2 `cmi` object per lesson in localStorage, so it
 * survives reloads and closed tabs. Read without loading scorm-again, so pages that only show
 * status (the program page) stay light.
 */

export type LessonStatus = 'not attempted' | 'incomplete' | 'completed';
export type StoredCmi = { core?: { lesson_status?: string; lesson_location?: string } } & Record<string, unknown>;

const keyPrefix = 'sundhedscenter.progress.v1.';
const key = (lesson: string) => `${keyPrefix}${lesson}`;

export function readCmi(lesson: string): StoredCmi | undefined {
  try {
    const raw = localStorage.getItem(key(lesson));
    const parsed: unknown = raw ? JSON.parse(raw) : undefined;
    return typeof parsed === 'object' && parsed !== null ? (parsed as StoredCmi) : undefined;
  } catch {
    return undefined;
  }
}

/** False when the browser refuses storage (private mode, quota), so the page can say so. */
export function writeCmi(lesson: string, cmi: StoredCmi): boolean {
  try {
    localStorage.setItem(key(lesson), JSON.stringify(cmi));
    return true;
  } catch {
    return false;
  }
}

/** SCORM 1.2 has more statuses; for the reader, passed counts as completed and the rest as started. */
export function lessonStatus(lesson: string): LessonStatus {
  const status = readCmi(lesson)?.core?.lesson_status;
  if (!status || status === 'not attempted') return 'not attempted';
  if (status === 'completed' || status === 'passed') return 'completed';
  return 'incomplete';
}
