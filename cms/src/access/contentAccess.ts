import type { CollectionConfig } from 'payload';
import { isLoggedIn } from './isLoggedIn.ts';

/** Foundation rule for content: signed-in staff only. Per-organisation rules come with sharing. */
export const contentAccess: NonNullable<CollectionConfig['access']> = {
  create: isLoggedIn,
  read: isLoggedIn,
  update: isLoggedIn,
  delete: isLoggedIn,
  readVersions: isLoggedIn,
};
