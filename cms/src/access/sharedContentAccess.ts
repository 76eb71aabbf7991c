import type { CollectionConfig } from 'payload';
import { createOwnContent } from './createOwnContent.ts';
import { deleteOwnContent } from './deleteOwnContent.ts';
import { readVisibleContent } from './readVisibleContent.ts';
import { readVisibleVersions } from './readVisibleVersions.ts';
import { updateOwnContent } from './updateOwnContent.ts';

/** The access rules of every owned, shareable collection. */
export const sharedContentAccess: NonNullable<CollectionConfig['access']> = {
  create: createOwnContent,
  read: readVisibleContent,
  readVersions: readVisibleVersions,
  update: updateOwnContent,
  delete: deleteOwnContent,
};
