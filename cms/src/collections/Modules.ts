import type { CollectionConfig } from 'payload';
import { slugField } from '../fields/slug.ts';
import { reviewedContent, reviewedContentFields } from './reviewedContent.ts';

export const Modules: CollectionConfig = {
  slug: 'modules',
  labels: { singular: { da: 'Modul', en: 'Module' }, plural: { da: 'Moduler', en: 'Modules' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', '_status', 'updatedAt'] },
  ...reviewedContent,
  fields: [
    { name: 'title', type: 'text', label: { da: 'Titel', en: 'Title' }, required: true, localized: true },
    slugField(),
    ...reviewedContentFields,
    { name: 'summary', type: 'textarea', label: { da: 'Kort beskrivelse', en: 'Summary' }, localized: true },
    {
      name: 'lessons',
      type: 'relationship',
      label: { da: 'Lektioner (i læserækkefølge)', en: 'Lessons (in reading order)' },
      relationTo: 'lessons',
      hasMany: true,
    },
  ],
};
