import type { Block } from 'payload';
import { imageMimeTypes } from '../media/mediaTypes.ts';
import { mediaField } from './mediaField.ts';

/** A picture; its alternative text and credit come from the media library. */
export const ImageBlock: Block = {
  slug: 'image',
  labels: { singular: { da: 'Billede', en: 'Image' }, plural: { da: 'Billeder', en: 'Images' } },
  fields: [
    mediaField('media', { da: 'Billede', en: 'Image' }, imageMimeTypes),
    { name: 'caption', type: 'text', label: { da: 'Billedtekst (valgfri)', en: 'Caption (optional)' } },
  ],
};
