import type { Block } from 'payload';
import { audioMimeTypes } from '../media/mediaTypes.ts';
import { mediaField } from './mediaField.ts';

/** A sound clip (a guided exercise, an interview), always with a transcript for those who cannot hear it. */
export const AudioBlock: Block = {
  slug: 'audio',
  labels: { singular: { da: 'Lyd', en: 'Audio' }, plural: { da: 'Lydklip', en: 'Audio clips' } },
  fields: [
    { name: 'title', type: 'text', label: { da: 'Titel', en: 'Title' }, required: true },
    mediaField('media', { da: 'Lydfil', en: 'Audio file' }, audioMimeTypes),
    { name: 'transcript', type: 'textarea', label: { da: 'Udskrift', en: 'Transcript' }, required: true },
  ],
};
