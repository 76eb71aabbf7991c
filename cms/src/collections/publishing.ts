import type { CollectionConfig } from 'payload';
import { notifyPublishAfterChange, notifyPublishAfterDelete } from '../hooks/notifyPublish.ts';

/** Drafts with version history: only the published version is exported to the site. */
export const draftsAndVersions: NonNullable<CollectionConfig['versions']> = {
  drafts: true,
  maxPerDoc: 50,
};

export const publishHooks: NonNullable<CollectionConfig['hooks']> = {
  afterChange: [notifyPublishAfterChange],
  afterDelete: [notifyPublishAfterDelete],
};
