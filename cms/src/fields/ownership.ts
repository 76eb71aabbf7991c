import type { Field } from 'payload';
import { ownerField } from './ownerField.ts';

/* Every shareable document has an owner organisation and a visibility. */

export const ownershipFields: Field[] = [
  ownerField,
  {
    name: 'visibility',
    type: 'select',
    label: { da: 'Deling', en: 'Sharing' },
    required: true,
    index: true,
    defaultValue: 'own',
    admin: { position: 'sidebar' },
    options: [
      { value: 'own', label: { da: 'Kun egen organisation', en: 'Own organisation only' } },
      { value: 'selected', label: { da: 'Udvalgte kommuner', en: 'Selected municipalities' } },
      { value: 'national', label: { da: 'Alle kommuner (nationalt)', en: 'All municipalities (national)' } },
    ],
  },
  {
    name: 'sharedWith',
    type: 'relationship',
    relationTo: 'organisations',
    hasMany: true,
    index: true,
    label: { da: 'Delt med', en: 'Shared with' },
    admin: { position: 'sidebar', condition: (data) => data?.visibility === 'selected' },
  },
];
