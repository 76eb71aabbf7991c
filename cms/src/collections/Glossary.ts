import type { CollectionConfig } from 'payload';
import { sharedContentAccess } from '../access/sharedContentAccess.ts';
import { ownershipFields } from '../fields/ownership.ts';
import { reviewFields } from '../fields/review.ts';
import { slugField } from '../fields/slug.ts';
import { enforceReview } from '../workflow/enforceReview.ts';
import { draftsAndVersions, publishHooks } from './publishing.ts';

/** Words explained in plain Danish ("HbA1c", "insulin"); definitions are clinical text, so reviewed. */
export const Glossary: CollectionConfig = {
  slug: 'glossary',
  labels: { singular: { da: 'Ordforklaring', en: 'Glossary term' }, plural: { da: 'Ordbog', en: 'Glossary' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'owner', 'reviewState', '_status'] },
  access: sharedContentAccess,
  versions: draftsAndVersions,
  hooks: { ...publishHooks, beforeChange: [enforceReview] },
  fields: [
    { name: 'title', type: 'text', label: { da: 'Ord', en: 'Term' }, required: true, localized: true },
    slugField(),
    ...ownershipFields,
    ...reviewFields,
    {
      name: 'definition',
      type: 'textarea',
      label: { da: 'Forklaring', en: 'Definition' },
      required: true,
      localized: true,
    },
  ],
};
