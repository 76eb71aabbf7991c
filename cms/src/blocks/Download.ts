import type { Block } from 'payload';
import { documentMimeTypes } from '../media/mediaTypes.ts';
import { mediaField } from './mediaField.ts';

/** A file to keep or print (a meal plan, an action plan); the site shows its size before download. */
export const DownloadBlock: Block = {
  slug: 'download',
  labels: { singular: { da: 'Fil til download', en: 'Download' }, plural: { da: 'Filer', en: 'Downloads' } },
  fields: [
    { name: 'title', type: 'text', label: { da: 'Titel', en: 'Title' }, required: true },
    mediaField('media', { da: 'Fil (PDF)', en: 'File (PDF)' }, documentMimeTypes),
    { name: 'description', type: 'text', label: { da: 'Beskrivelse (valgfri)', en: 'Description (optional)' } },
  ],
};
