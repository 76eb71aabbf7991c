import { describe, expect, it } from 'vitest';
import {
  emptyAnswers,
  parseAnswers,
  SuspendDataTooLarge,
  serializeAnswers,
  suspendDataLimit,
} from '../src/progress/answers.ts';
import { isCorrect, lessonScore } from '../src/progress/quizScore.ts';

describe('answers kept in suspend_data', () => {
  it('round-trips quiz choices, reflections and ticks', () => {
    const answers = { q: { 'quiz-hba1c': [1] }, r: { tanker: 'Jeg vil gå mere.' }, c: { maal: [0, 2] } };
    expect(parseAnswers(serializeAnswers(answers))).toEqual(answers);
  });

  it('reads anything unreadable as no answers, and drops malformed parts', () => {
    expect(parseAnswers(undefined)).toEqual(emptyAnswers());
    expect(parseAnswers('not json')).toEqual(emptyAnswers());
    expect(parseAnswers('"a string"')).toEqual(emptyAnswers());
    expect(parseAnswers('{"q":{"a":[1,-1],"b":[2]},"r":{"x":3,"y":"ok"},"c":[]}')).toEqual({
      q: { b: [2] },
      r: { y: 'ok' },
      c: {},
    });
  });

  it('refuses answers longer than SCORM 1.2 allows, with a clear error', () => {
    const tooLong = { ...emptyAnswers(), r: { tanker: 'x'.repeat(suspendDataLimit) } };
    expect(() => serializeAnswers(tooLong)).toThrow(SuspendDataTooLarge);
    expect(() => serializeAnswers(tooLong)).toThrow(/der er plads til 4096/);
  });
});

describe('quiz score', () => {
  const quizzes = [
    { id: 'a', correct: [1] },
    { id: 'b', correct: [0, 2] },
  ];

  it('counts a quiz right only when exactly the correct options are chosen', () => {
    expect(isCorrect(quizzes[1] ?? { id: '', correct: [] }, [2, 0])).toBe(true);
    expect(isCorrect(quizzes[1] ?? { id: '', correct: [] }, [0])).toBe(false);
    expect(isCorrect(quizzes[1] ?? { id: '', correct: [] }, [0, 1, 2])).toBe(false);
  });

  it('scores the share of quizzes answered right, unanswered as wrong', () => {
    expect(lessonScore(quizzes, { ...emptyAnswers(), q: { a: [1] } })).toBe(50);
    expect(lessonScore(quizzes, { ...emptyAnswers(), q: { a: [1], b: [0, 2] } })).toBe(100);
    expect(lessonScore(quizzes, emptyAnswers())).toBe(0);
    expect(lessonScore([], emptyAnswers())).toBeUndefined();
  });
});
