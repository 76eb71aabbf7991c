import type { CollectionConfig } from 'payload';
import { slugField } from '../fields/slug.ts';
import { reviewedContent, reviewedContentFields } from './reviewedContent.ts';

export const Programs: CollectionConfig = {
  slug: 'programs',
  labels: { singular: { da: 'Forløb', en: 'Program' }, plural: { da: 'Forløb', en: 'Programs' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'audience', '_status', 'updatedAt'] },
  ...reviewedContent,
  fields: [
    { name: 'title', type: 'text', label: { da: 'Titel', en: 'Title' }, required: true, localized: true },
    slugField(),
    ...reviewedContentFields,
    { name: 'summary', type: 'textarea', label: { da: 'Kort beskrivelse', en: 'Summary' }, localized: true },
    {
      name: 'audience',
      type: 'select',
      label: { da: 'Målgruppe', en: 'Audience' },
      required: true,
      defaultValue: 'citizens',
      options: [
        { value: 'citizens', label: { da: 'Borgere', en: 'Citizens' } },
        { value: 'staff', label: { da: 'Medarbejdere', en: 'Staff' } },
      ],
    },
    {
      name: 'demo',
      type: 'checkbox',
      label: {
        da: 'Demoindhold (vises som "ikke medicinsk rådgivning")',
        en: 'Demo content (shown as "not medical advice")',
      },
      defaultValue: false,
    },
    {
      name: 'modules',
      type: 'relationship',
      label: { da: 'Moduler (i læserækkefølge)', en: 'Modules (in reading order)' },
      relationTo: 'modules',
      hasMany: true,
    },
  ],
};
