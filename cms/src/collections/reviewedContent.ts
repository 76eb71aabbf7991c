import type { CollectionConfig, Field } from 'payload';
import { sharedContentAccess } from '../access/sharedContentAccess.ts';
import { ownershipFields } from '../fields/ownership.ts';
import { reviewFields } from '../fields/review.ts';
import { fitsContentContract } from '../hooks/fitsContentContract.ts';
import { enforceReview } from '../workflow/enforceReview.ts';
import { mediaOfOwner } from '../workflow/mediaOfOwner.ts';
import { draftsAndVersions, publishHooks } from './publishing.ts';

/*
 * How every owned, shareable, clinically reviewed collection behaves: who may see and change it,
 * drafts and versions, review before publishing, and a site build after publishing.
 */
export const reviewedContent = {
  access: sharedContentAccess,
  versions: draftsAndVersions,
  hooks: { ...publishHooks, beforeChange: [fitsContentContract, mediaOfOwner, enforceReview] },
} satisfies Partial<CollectionConfig>;

/** Owner, sharing and review fields, in the sidebar. */
export const reviewedContentFields: Field[] = [...ownershipFields, ...reviewFields];
