import type { CollectionConfig } from 'payload';
import { notifyPublishAfterChange, notifyPublishAfterDelete } from '../hooks/notifyPublish.ts';

/**
 * Drafts with version history: only the published version is exported to the site. Scheduled
 * publishing runs as the editor who scheduled it, so the review rules apply when it fires.
 */
export const draftsAndVersions: NonNullable<CollectionConfig['versions']> = {
  drafts: { schedulePublish: true },
  maxPerDoc: 50,
};

export const publishHooks: NonNullable<CollectionConfig['hooks']> = {
  afterChange: [notifyPublishAfterChange],
  afterDelete: [notifyPublishAfterDelete],
};
