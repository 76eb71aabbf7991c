import type { LessonAnswers } from './answers.ts';

/** A quiz as scoring needs it: which option indexes are correct. */
export type QuizKey = { id: string; correct: number[] };

const sameSet = (a: number[], b: number[]) => a.length === b.length && a.every((item) => b.includes(item));

/** Whether the chosen options are exactly the correct ones. */
export const isCorrect = (quiz: QuizKey, chosen: number[]): boolean => sameSet(quiz.correct, chosen);

/**
 * The lesson's score, 0–100: the share of its quizzes answered right. Unanswered quizzes count as
 * wrong; a lesson without quizzes has no score.
 */
export function lessonScore(quizzes: QuizKey[], answers: LessonAnswers): number | undefined {
  if (quizzes.length === 0) return undefined;
  const right = quizzes.filter((quiz) => {
    const chosen = answers.q[quiz.id];
    return chosen !== undefined && isCorrect(quiz, chosen);
  }).length;
  return Math.round((right / quizzes.length) * 100);
}
