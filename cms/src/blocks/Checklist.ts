import type { Block } from 'payload';

/** A personal goal to set, or a list of small steps to tick off. */
export const ChecklistBlock: Block = {
  slug: 'checklist',
  labels: {
    singular: { da: 'Mål eller tjekliste', en: 'Goal or checklist' },
    plural: { da: 'Mål og tjeklister', en: 'Goals and checklists' },
  },
  fields: [
    {
      name: 'kind',
      type: 'select',
      label: { da: 'Type', en: 'Kind' },
      required: true,
      defaultValue: 'checklist',
      options: [
        { value: 'goal', label: { da: 'Personligt mål', en: 'Personal goal' } },
        { value: 'checklist', label: { da: 'Tjekliste', en: 'Checklist' } },
      ],
    },
    { name: 'title', type: 'text', label: { da: 'Overskrift', en: 'Title' }, required: true },
    {
      name: 'items',
      type: 'array',
      label: { da: 'Punkter', en: 'Items' },
      minRows: 1,
      fields: [{ name: 'text', type: 'text', label: { da: 'Punkt', en: 'Item' }, required: true }],
    },
  ],
};
