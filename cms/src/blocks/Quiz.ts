import type { ArrayField, Block } from 'payload';

type Option = { correct?: boolean | null };

/** Same rule as content/'s quiz schema, checked while the editor writes. */
const validateOptions: ArrayField['validate'] = (value, { siblingData }) => {
  const options = (Array.isArray(value) ? value : []) as Option[];
  const correct = options.filter((option) => option.correct).length;
  if (options.length < 2) return 'Et spørgsmål skal have mindst to svarmuligheder.';
  if (correct === 0) return 'Markér mindst ét rigtigt svar.';
  if (!(siblingData as { multiple?: boolean }).multiple && correct !== 1) {
    return 'Et spørgsmål med ét svar skal have præcis ét rigtigt svar.';
  }
  return true;
};

/** A question with single or multiple choice and feedback per answer. */
export const QuizBlock: Block = {
  slug: 'quiz',
  labels: { singular: { da: 'Quiz', en: 'Quiz' }, plural: { da: 'Quizzer', en: 'Quizzes' } },
  fields: [
    { name: 'question', type: 'text', label: { da: 'Spørgsmål', en: 'Question' }, required: true },
    {
      name: 'multiple',
      type: 'checkbox',
      label: { da: 'Flere rigtige svar', en: 'Several correct answers' },
      defaultValue: false,
    },
    {
      name: 'options',
      type: 'array',
      label: { da: 'Svarmuligheder', en: 'Answers' },
      minRows: 2,
      validate: validateOptions,
      fields: [
        { name: 'text', type: 'text', label: { da: 'Svar', en: 'Answer' }, required: true },
        { name: 'correct', type: 'checkbox', label: { da: 'Rigtigt svar', en: 'Correct' }, defaultValue: false },
        { name: 'feedback', type: 'textarea', label: { da: 'Forklaring til dette svar', en: 'Feedback' } },
      ],
    },
  ],
};
