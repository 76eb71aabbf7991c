import type { UploadField } from 'payload';

/** A required upload from the media library, offering only files of the given types. */
export const mediaField = (name: string, label: { da: string; en: string }, mimeTypes: string[]): UploadField => ({
  name,
  type: 'upload',
  relationTo: 'media',
  required: true,
  label,
  // Also checked on save, so a file of the wrong kind cannot be sent past the admin's picker.
  filterOptions: { mimeType: { in: mimeTypes } },
});
