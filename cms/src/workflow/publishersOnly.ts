import { APIError, type CollectionBeforeChangeHook } from 'payload';
import { organisationsWith, platformAdmin, publisherRoles } from '../access/memberships.ts';
import { relationKey as idOf } from '../relationId.ts';

/**
 * For documents without clinical review (a municipality's local adaptations): only the owning
 * municipality's editors publish. Server code without a user (seed, imports) is trusted.
 */
export const publishersOnly: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (data._status !== 'published' || !req.user || platformAdmin(req.user)) return data;
  const owner = idOf(data.owner ?? originalDoc?.owner);
  if (!organisationsWith(req.user, publisherRoles).map(String).includes(owner)) {
    throw new APIError('Kun redaktører fra den ejende kommune kan udgive.', 403, undefined, true);
  }
  return data;
};
