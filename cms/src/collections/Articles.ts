import type { CollectionConfig } from 'payload';
import { lessonEditor } from '../editor.ts';
import { easyReadField } from '../fields/easyRead.ts';
import { slugField } from '../fields/slug.ts';
import { reviewedContent, reviewedContentFields } from './reviewedContent.ts';

/** Reading material outside the programs, shared and reviewed like lessons. */
export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: { da: 'Artikel', en: 'Article' }, plural: { da: 'Artikler', en: 'Articles' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'owner', 'reviewState', '_status'] },
  ...reviewedContent,
  fields: [
    { name: 'title', type: 'text', label: { da: 'Titel', en: 'Title' }, required: true, localized: true },
    slugField(),
    ...reviewedContentFields,
    easyReadField,
    { name: 'summary', type: 'textarea', label: { da: 'Kort beskrivelse', en: 'Summary' }, localized: true },
    { name: 'body', type: 'richText', label: { da: 'Indhold', en: 'Body' }, editor: lessonEditor, localized: true },
  ],
};
