import type { CollectionConfig } from 'payload';
import { slugField } from '../fields/slug.ts';
import { reviewedContent, reviewedContentFields } from './reviewedContent.ts';

/** Words explained in plain Danish ("HbA1c", "insulin"); definitions are clinical text, so reviewed. */
export const Glossary: CollectionConfig = {
  slug: 'glossary',
  labels: { singular: { da: 'Ordforklaring', en: 'Glossary term' }, plural: { da: 'Ordbog', en: 'Glossary' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'owner', 'reviewState', '_status'] },
  ...reviewedContent,
  fields: [
    { name: 'title', type: 'text', label: { da: 'Ord', en: 'Term' }, required: true, localized: true },
    slugField(),
    ...reviewedContentFields,
    {
      name: 'definition',
      type: 'textarea',
      label: { da: 'Forklaring', en: 'Definition' },
      required: true,
      localized: true,
    },
  ],
};
