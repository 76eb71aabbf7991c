/*
 * What a reader did in a lesson, kept in SCORM suspend_data: chosen quiz options, reflections and
 * ticked checklist items, each under its block's stable id. Compact keys, since SCORM 1.2 allows
 * only 4,096 characters.
 */

export type LessonAnswers = {
  /** Quiz id → indexes of the options chosen when the reader last checked the answer. */
  q: Record<string, number[]>;
  /** Reflection id → the reader's text. */
  r: Record<string, string>;
  /** Checklist id → indexes of the ticked items. */
  c: Record<string, number[]>;
};

export const suspendDataLimit = 4096;

export class SuspendDataTooLarge extends Error {
  constructor(length: number) {
    super(`Svarene fylder ${length} tegn; der er plads til ${suspendDataLimit}.`);
    this.name = 'SuspendDataTooLarge';
  }
}

export const emptyAnswers = (): LessonAnswers => ({ q: {}, r: {}, c: {} });

const isIndexList = (value: unknown): value is number[] =>
  Array.isArray(value) && value.every((item) => Number.isInteger(item) && item >= 0);

function pick<T>(source: unknown, valid: (value: unknown) => value is T): Record<string, T> {
  if (typeof source !== 'object' || source === null || Array.isArray(source)) return {};
  return Object.fromEntries(Object.entries(source).filter((entry): entry is [string, T] => valid(entry[1])));
}

/** Tolerant: anything unreadable (an older format, a hand-edited value) counts as no answers. */
export function parseAnswers(raw: string | undefined): LessonAnswers {
  if (!raw) return emptyAnswers();
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return emptyAnswers();
    const { q, r, c } = parsed as Record<string, unknown>;
    return {
      q: pick(q, isIndexList),
      r: pick(r, (value): value is string => typeof value === 'string'),
      c: pick(c, isIndexList),
    };
  } catch {
    return emptyAnswers();
  }
}

export function serializeAnswers(answers: LessonAnswers): string {
  const text = JSON.stringify(answers);
  if (text.length > suspendDataLimit) throw new SuspendDataTooLarge(text.length);
  return text;
}
