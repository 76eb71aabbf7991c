import type { CollectionConfig } from 'payload';
import { sharedContentAccess } from '../access/sharedContentAccess.ts';
import { lessonEditor } from '../editor.ts';
import { easyReadField } from '../fields/easyRead.ts';
import { ownershipFields } from '../fields/ownership.ts';
import { reviewFields } from '../fields/review.ts';
import { slugField } from '../fields/slug.ts';
import { enforceReview } from '../workflow/enforceReview.ts';
import { draftsAndVersions, publishHooks } from './publishing.ts';

export const Lessons: CollectionConfig = {
  slug: 'lessons',
  labels: { singular: { da: 'Lektion', en: 'Lesson' }, plural: { da: 'Lektioner', en: 'Lessons' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', '_status', 'updatedAt'] },
  access: sharedContentAccess,
  versions: draftsAndVersions,
  hooks: { ...publishHooks, beforeChange: [enforceReview] },
  fields: [
    { name: 'title', type: 'text', label: { da: 'Titel', en: 'Title' }, required: true, localized: true },
    slugField(),
    ...ownershipFields,
    ...reviewFields,
    easyReadField,
    { name: 'summary', type: 'textarea', label: { da: 'Kort beskrivelse', en: 'Summary' }, localized: true },
    {
      name: 'body',
      type: 'richText',
      label: { da: 'Indhold', en: 'Body' },
      editor: lessonEditor,
      localized: true,
    },
  ],
};
