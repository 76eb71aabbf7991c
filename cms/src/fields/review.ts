import type { Field } from 'payload';

/*
 * Workflow fields. `approval` and `lastEdit` are written only by the enforceReview hook, which
 * ignores what a client sends; they are per language, because a reviewer approves each
 * language's text.
 */
export const reviewFields: Field[] = [
  {
    name: 'reviewState',
    type: 'select',
    label: { da: 'Faglig status', en: 'Review state' },
    // Not `required`: the enforceReview hook sets it on every save.
    defaultValue: 'draft',
    index: true,
    admin: { position: 'sidebar' },
    options: [
      { value: 'draft', label: { da: 'Kladde', en: 'Draft' } },
      { value: 'in-review', label: { da: 'Til faglig gennemsyn', en: 'In review' } },
      { value: 'approved', label: { da: 'Fagligt godkendt', en: 'Approved' } },
    ],
  },
  {
    name: 'approval',
    type: 'group',
    label: { da: 'Faglig godkendelse', en: 'Clinical approval' },
    localized: true,
    admin: { position: 'sidebar', readOnly: true },
    fields: [
      { name: 'reviewer', type: 'relationship', relationTo: 'users', label: { da: 'Godkendt af', en: 'Approved by' } },
      { name: 'approvedAt', type: 'date', label: { da: 'Godkendt', en: 'Approved at' } },
      { name: 'contentHash', type: 'text', admin: { hidden: true } },
    ],
  },
  {
    // Who last changed what readers see, per language (the four-eyes rule: never its approver).
    name: 'lastEdit',
    type: 'group',
    label: { da: 'Seneste ændring af teksten', en: 'Last change to the text' },
    localized: true,
    admin: { position: 'sidebar', readOnly: true },
    access: { create: () => false, update: () => false },
    fields: [
      { name: 'by', type: 'relationship', relationTo: 'users', label: { da: 'Ændret af', en: 'Changed by' } },
      { name: 'contentHash', type: 'text', admin: { hidden: true } },
    ],
  },
  {
    name: 'reviewBy',
    type: 'date',
    label: { da: 'Gennemses senest', en: 'Review by' },
    index: true,
    admin: {
      position: 'sidebar',
      description: {
        da: 'Sættes til 12 måneder efter godkendelsen, hvis tom.',
        en: '12 months after approval when empty.',
      },
    },
  },
];
