import type { CollectionConfig } from 'payload';
import { lessonEditor } from '../editor.ts';
import { easyReadField } from '../fields/easyRead.ts';
import { slugField } from '../fields/slug.ts';
import { reviewedContent, reviewedContentFields } from './reviewedContent.ts';

export const Lessons: CollectionConfig = {
  slug: 'lessons',
  labels: { singular: { da: 'Lektion', en: 'Lesson' }, plural: { da: 'Lektioner', en: 'Lessons' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', '_status', 'updatedAt'] },
  ...reviewedContent,
  fields: [
    { name: 'title', type: 'text', label: { da: 'Titel', en: 'Title' }, required: true, localized: true },
    slugField(),
    ...reviewedContentFields,
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
