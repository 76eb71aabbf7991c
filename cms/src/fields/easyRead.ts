import type { CheckboxField } from 'payload';

/** Marks text written in easy-read Danish (letlæst), so readers can choose it. */
export const easyReadField: CheckboxField = {
  name: 'easyRead',
  type: 'checkbox',
  label: { da: 'Letlæst', en: 'Easy-read' },
  defaultValue: false,
  admin: {
    position: 'sidebar',
    description: { da: 'Korte sætninger og almindelige ord.', en: 'Short sentences, everyday words.' },
  },
};
