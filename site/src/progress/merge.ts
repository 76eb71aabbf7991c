import type { LessonStatus } from './store.ts';

/*
 * One lesson's progress as devices exchange it, and the rule for joining two copies (a phone and
 * a laptop, or the queue and the server): completion never goes back, the best score wins, and the
 * latest location and answers win. The rule is commutative, associative and idempotent, so copies
 * can be merged in any order, any number of times.
 */

export type ProgressRecord = {
  lesson: string;
  status: LessonStatus;
  /** Where to resume inside the lesson: a part's id, or empty. */
  location: string;
  /** The reader's answers (SCORM suspend_data). */
  suspendData: string;
  /** 0–100, or null when the lesson has no quiz or none is answered. */
  score: number | null;
  /** ISO 8601, when the record last changed on the device that wrote it. */
  updatedAt: string;
};

const statusRank: Record<LessonStatus, number> = { 'not attempted': 0, incomplete: 1, completed: 2 };

function bestScore(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}

/** Later wins; at the same instant the larger text wins, so the result never depends on order. */
function later(a: ProgressRecord, b: ProgressRecord): ProgressRecord {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  const keyA = `${a.location}\u0000${a.suspendData}`;
  const keyB = `${b.location}\u0000${b.suspendData}`;
  return keyA >= keyB ? a : b;
}

export function mergeProgress(a: ProgressRecord, b: ProgressRecord): ProgressRecord {
  if (a.lesson !== b.lesson) throw new Error(`Kan ikke flette fremskridt for to lektioner: ${a.lesson} og ${b.lesson}`);
  const latest = later(a, b);
  return {
    lesson: a.lesson,
    status: statusRank[a.status] >= statusRank[b.status] ? a.status : b.status,
    location: latest.location,
    suspendData: latest.suspendData,
    score: bestScore(a.score, b.score),
    updatedAt: latest.updatedAt,
  };
}
