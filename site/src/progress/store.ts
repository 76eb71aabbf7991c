/*
 * Progress kept in this browser: per lesson, the SCORM 1.2 `cmi` object and when it last changed,
 * in localStorage, so it survives reloads, closed tabs and lost connections. Read without loading
 * scorm-again, so pages that only show status (program page, "Mit forløb") stay light.
 */

export type LessonStatus = 'not attempted' | 'incomplete' | 'completed';
export type StoredCmi = {
  core?: { lesson_status?: string; lesson_location?: string; score?: { raw?: string } };
  suspend_data?: string;
} & Record<string, unknown>;
export type StoredLesson = { cmi: StoredCmi; updatedAt: string };

/** Every lesson's stored progress has a key starting with this. */
export const progressPrefix = 'sundhedscenter.progress.v2.';
const key = (lesson: string) => `${progressPrefix}${lesson}`;

export function readLesson(lesson: string): StoredLesson | undefined {
  try {
    const raw = localStorage.getItem(key(lesson));
    const parsed: unknown = raw ? JSON.parse(raw) : undefined;
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { cmi, updatedAt } = parsed as Partial<StoredLesson>;
    if (typeof cmi !== 'object' || cmi === null || typeof updatedAt !== 'string') return undefined;
    return { cmi, updatedAt };
  } catch {
    return undefined;
  }
}

export const readCmi = (lesson: string): StoredCmi | undefined => readLesson(lesson)?.cmi;

/** False when the browser refuses storage (private mode, quota), so the page can say so. */
export function writeCmi(lesson: string, cmi: StoredCmi, updatedAt = new Date().toISOString()): boolean {
  try {
    localStorage.setItem(key(lesson), JSON.stringify({ cmi, updatedAt } satisfies StoredLesson));
    return true;
  } catch {
    return false;
  }
}

/** SCORM 1.2 has more statuses; for the reader, passed counts as completed and the rest as started. */
export function lessonStatus(lesson: string): LessonStatus {
  return readerStatus(readCmi(lesson)?.core?.lesson_status);
}

export function readerStatus(status: string | undefined): LessonStatus {
  if (!status || status === 'not attempted') return 'not attempted';
  if (status === 'completed' || status === 'passed') return 'completed';
  return 'incomplete';
}

/** Of these lessons, the one read most recently and where in it the reader was. */
export function lastLocation(lessons: string[]): { lesson: string; location: string } | undefined {
  let latest: { lesson: string; location: string; updatedAt: string } | undefined;
  for (const lesson of lessons) {
    const stored = readLesson(lesson);
    if (!stored || (latest && stored.updatedAt <= latest.updatedAt)) continue;
    latest = { lesson, location: stored.cmi.core?.lesson_location ?? '', updatedAt: stored.updatedAt };
  }
  return latest && { lesson: latest.lesson, location: latest.location };
}
