import type { Block } from 'payload';
import { captionsMimeTypes, videoMimeTypes } from '../media/mediaTypes.ts';
import { mediaField } from './mediaField.ts';

/** A video, always with captions and a transcript: some readers cannot hear it, some cannot play it. */
export const VideoBlock: Block = {
  slug: 'video',
  labels: { singular: { da: 'Video', en: 'Video' }, plural: { da: 'Videoer', en: 'Videos' } },
  fields: [
    { name: 'title', type: 'text', label: { da: 'Titel', en: 'Title' }, required: true },
    mediaField('media', { da: 'Videofil', en: 'Video file' }, videoMimeTypes),
    mediaField('captions', { da: 'Undertekster (.vtt)', en: 'Captions (.vtt)' }, captionsMimeTypes),
    { name: 'transcript', type: 'textarea', label: { da: 'Udskrift', en: 'Transcript' }, required: true },
  ],
};
