import type { CollectionConfig } from 'payload';
import { sharedContentAccess } from '../access/sharedContentAccess.ts';
import { ownershipFields } from '../fields/ownership.ts';
import { reviewFields } from '../fields/review.ts';
import { slugField } from '../fields/slug.ts';
import { enforceReview } from '../workflow/enforceReview.ts';
import { draftsAndVersions, publishHooks } from './publishing.ts';

export const Modules: CollectionConfig = {
  slug: 'modules',
  labels: { singular: { da: 'Modul', en: 'Module' }, plural: { da: 'Moduler', en: 'Modules' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', '_status', 'updatedAt'] },
  access: sharedContentAccess,
  versions: draftsAndVersions,
  hooks: { ...publishHooks, beforeChange: [enforceReview] },
  fields: [
    { name: 'title', type: 'text', label: { da: 'Titel', en: 'Title' }, required: true, localized: true },
    slugField(),
    ...ownershipFields,
    ...reviewFields,
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
