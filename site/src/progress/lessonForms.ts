import type { LessonAnswers } from './answers.ts';
import { isCorrect, type QuizKey } from './quizScore.ts';

/* The lesson's interactive parts in the page, read and set from the answers kept in progress. */

const indexes = (inputs: Iterable<HTMLInputElement>) =>
  [...inputs].filter((input) => input.checked).map((input) => Number(input.value));

export const quizForms = (root: ParentNode) => [...root.querySelectorAll<HTMLFormElement>('form[data-quiz]')];

export function quizKey(form: HTMLFormElement): QuizKey {
  const correct = (form.dataset.correct ?? '').split(' ').filter(Boolean).map(Number);
  return { id: form.dataset.block ?? '', correct };
}

export const quizChoice = (form: HTMLFormElement) => indexes(form.querySelectorAll('input'));

/** Shows each chosen option's feedback, and the correct ones, and says how it went. */
export function showQuizResult(form: HTMLFormElement, chosen: number[]): void {
  const key = quizKey(form);
  for (const feedback of form.querySelectorAll<HTMLElement>('.quiz-feedback[data-option]')) {
    const option = Number(feedback.dataset.option);
    feedback.hidden = !chosen.includes(option) && !key.correct.includes(option);
  }
  const result = form.querySelector<HTMLElement>('.quiz-result');
  if (result)
    result.textContent = (isCorrect(key, chosen) ? result.dataset.allCorrect : result.dataset.someWrong) ?? '';
}

export function sayChooseFirst(form: HTMLFormElement): void {
  const result = form.querySelector<HTMLElement>('.quiz-result');
  if (result) result.textContent = result.dataset.chooseFirst ?? '';
}

export function readAnswers(root: ParentNode, previous: LessonAnswers): LessonAnswers {
  const answers: LessonAnswers = { q: { ...previous.q }, r: {}, c: {} };
  for (const area of root.querySelectorAll<HTMLTextAreaElement>('textarea[data-reflection]')) {
    if (area.value.trim() !== '') answers.r[area.dataset.reflection ?? ''] = area.value;
  }
  for (const list of root.querySelectorAll<HTMLElement>('[data-checklist]')) {
    const ticked = indexes(list.querySelectorAll('input'));
    if (ticked.length > 0) answers.c[list.dataset.checklist ?? ''] = ticked;
  }
  return answers;
}

/** Puts saved answers back: chosen options (with their feedback), reflections, ticks. */
export function restoreAnswers(root: ParentNode, answers: LessonAnswers): void {
  for (const form of quizForms(root)) {
    const chosen = answers.q[form.dataset.block ?? ''];
    if (!chosen) continue;
    for (const input of form.querySelectorAll('input')) input.checked = chosen.includes(Number(input.value));
    showQuizResult(form, chosen);
  }
  for (const area of root.querySelectorAll<HTMLTextAreaElement>('textarea[data-reflection]')) {
    area.value = answers.r[area.dataset.reflection ?? ''] ?? '';
  }
  for (const list of root.querySelectorAll<HTMLElement>('[data-checklist]')) {
    const ticked = answers.c[list.dataset.checklist ?? ''] ?? [];
    for (const input of list.querySelectorAll('input')) input.checked = ticked.includes(Number(input.value));
  }
}
