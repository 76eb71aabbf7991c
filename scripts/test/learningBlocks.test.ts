import { lessonBodySchema, lexicalToLessonBody, lexicalToRichText, quizSchema } from '@sundhed/content';
import { describe, expect, it } from 'vitest';
import { block, p, richText } from '../../cms/src/seed/lexical.ts';

const where = 'lessons/test';

describe('learning blocks in a lesson body', () => {
  it('exports callout, quiz, reflection and checklist as typed records between paragraphs', () => {
    const state = richText(
      p('Før.'),
      block('callout', 'kald-laege', { tone: 'contact-doctor', title: '', text: 'Ring 1813 ved akut sygdom.' }),
      block('quiz', 'quiz-hba1c', {
        question: 'Hvad viser HbA1c?',
        multiple: false,
        options: [
          { text: 'Blodsukkeret lige nu', correct: false, feedback: 'Nej, det viser en måling.' },
          { text: 'Gennemsnittet over 2-3 måneder', correct: true, feedback: '' },
        ],
      }),
      block('reflection', 'tanke-soevn', { prompt: 'Hvordan sover du?', hint: null }),
      block('checklist', 'maal-gaatur', { kind: 'goal', title: 'Mit mål', items: [{ text: 'To gåture' }] }),
    );
    const body = lexicalToLessonBody(state, where);
    expect(body).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Før.' }] },
      { type: 'callout', id: 'kald-laege', tone: 'contact-doctor', text: 'Ring 1813 ved akut sygdom.' },
      {
        type: 'quiz',
        id: 'quiz-hba1c',
        question: 'Hvad viser HbA1c?',
        multiple: false,
        options: [
          { text: 'Blodsukkeret lige nu', correct: false, feedback: 'Nej, det viser en måling.' },
          { text: 'Gennemsnittet over 2-3 måneder', correct: true },
        ],
      },
      { type: 'reflection', id: 'tanke-soevn', prompt: 'Hvordan sover du?' },
      { type: 'checklist', id: 'maal-gaatur', kind: 'goal', title: 'Mit mål', items: [{ text: 'To gåture' }] },
    ]);
    expect(lessonBodySchema.parse(body)).toEqual(body);
  });

  it('exports a contact card with only the fields filled in, and refuses an empty one', () => {
    const body = lexicalToLessonBody(
      richText(
        block('contact', 'kontakt-centret', { name: 'Sundhedscentret', role: '', phone: '70 00 00 00', email: null }),
      ),
      where,
    );
    expect(body).toEqual([
      { type: 'contact', id: 'kontakt-centret', card: { name: 'Sundhedscentret', phone: '70 00 00 00' } },
    ]);
    const empty = lexicalToLessonBody(richText(block('contact', 'kontakt-tom', { name: ' ' })), where);
    expect(lessonBodySchema.safeParse(empty).success).toBe(false);
  });

  it('keeps block text that looks like code as text', () => {
    const body = lexicalToLessonBody(
      richText(block('reflection', 'tanke-kode', { prompt: '<script>alert(1)</script>' })),
      where,
    );
    expect(body).toEqual([{ type: 'reflection', id: 'tanke-kode', prompt: '<script>alert(1)</script>' }]);
  });

  it('refuses unknown blocks, and blocks where only plain rich text belongs', () => {
    expect(() => lexicalToLessonBody(richText(block('karusel', 'k1', {})), where)).toThrow(
      /ukendt læringsblok "karusel"/,
    );
    expect(() => lexicalToLessonBody(richText(block('video', 'v1', {})), where)).toThrow(
      /mediefiler kan ikke bruges her/,
    );
    expect(() => lexicalToRichText(richText(block('callout', 'c1', { text: 'x' })), where)).toThrow(
      /ukendt blok "block"/,
    );
  });

  it.each([
    ['no correct answer', false, [false, false]],
    ['two correct answers in a single-choice question', false, [true, true]],
  ])('rejects a quiz with %s', (_label, multiple, correct) => {
    const quiz = {
      type: 'quiz',
      id: 'quiz-x1',
      question: 'Q',
      multiple,
      options: correct.map((c, i) => ({ text: `S${i}`, correct: c })),
    };
    expect(quizSchema.safeParse(quiz).success).toBe(false);
  });

  it('accepts several correct answers when the question allows it', () => {
    const quiz = {
      type: 'quiz',
      id: 'quiz-x2',
      question: 'Q',
      multiple: true,
      options: [
        { text: 'A', correct: true },
        { text: 'B', correct: true },
      ],
    };
    expect(quizSchema.safeParse(quiz).success).toBe(true);
  });
});
