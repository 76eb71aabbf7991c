import type { CollectionConfig } from 'payload';
import { sharedContentAccess } from '../access/sharedContentAccess.ts';
import { ownershipFields } from '../fields/ownership.ts';
import { acceptOnlyWebVttText } from '../media/captionsFile.ts';
import { responsiveImageSizes } from '../media/imageSizes.ts';
import { uploadMimeTypes } from '../media/mediaTypes.ts';
import { recordMediaChange } from '../media/recordMediaChange.ts';

/*
 * Pictures, video, sound, captions and PDFs used in lessons. Owned and shared like the lessons
 * that use them; the site gets a file only when a published lesson uses it (see the export).
 * A clinical approval of a lesson covers its media as readers see them (file, alternative text,
 * credit): changing one re-opens review of every lesson that uses it, which then stays off the
 * site until approved again. To fix a picture without that, upload a new item and change the lesson.
 */
export const mediaCollection = (staticDir: string): CollectionConfig => ({
  slug: 'media',
  labels: { singular: { da: 'Mediefil', en: 'Media file' }, plural: { da: 'Medier', en: 'Media' } },
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'credit', 'owner'] },
  access: sharedContentAccess,
  upload: {
    staticDir,
    mimeTypes: uploadMimeTypes,
    imageSizes: responsiveImageSizes,
    adminThumbnail: 'webp480',
    focalPoint: false,
    crop: false,
  },
  hooks: { beforeValidate: [acceptOnlyWebVttText], beforeChange: [recordMediaChange] },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: { da: 'Alternativ tekst', en: 'Alternative text' },
      required: true,
      localized: true,
      maxLength: 300,
      admin: {
        description: {
          da: 'Beskriv, hvad billedet viser, for dem der ikke kan se det. For video, lyd og filer: hvad indholdet er.',
          en: 'Describe what the picture shows, for readers who cannot see it. For video, sound and files: what it is.',
        },
      },
    },
    {
      name: 'credit',
      type: 'text',
      label: { da: 'Kreditering', en: 'Credit' },
      required: true,
      maxLength: 200,
      admin: { description: { da: 'Fotograf, tegner eller kilde.', en: 'Photographer, illustrator or source.' } },
    },
    ...ownershipFields,
    {
      name: 'sha256',
      type: 'text',
      label: { da: 'Filens fingeraftryk (SHA-256)', en: 'File fingerprint (SHA-256)' },
      admin: { readOnly: true, position: 'sidebar' },
      // Written only by recordMediaChange, from the uploaded bytes.
      access: { create: () => false, update: () => false },
    },
    {
      name: 'changedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { da: 'Sidst ændret af', en: 'Last changed by' },
      admin: { readOnly: true, position: 'sidebar' },
      access: { create: () => false, update: () => false },
    },
  ],
});
