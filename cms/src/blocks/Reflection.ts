import type { Block } from 'payload';

/** A question the reader answers for themselves; the answer stays with their progress. */
export const ReflectionBlock: Block = {
  slug: 'reflection',
  labels: { singular: { da: 'Refleksion', en: 'Reflection' }, plural: { da: 'Refleksioner', en: 'Reflections' } },
  fields: [
    { name: 'prompt', type: 'text', label: { da: 'Spørgsmål at tænke over', en: 'Prompt' }, required: true },
    { name: 'hint', type: 'textarea', label: { da: 'Hjælp til at svare (valgfri)', en: 'Hint (optional)' } },
  ],
};
