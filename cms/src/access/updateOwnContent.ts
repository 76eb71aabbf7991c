import type { Access } from 'payload';
import { authorRoles, organisationsWith, platformAdmin, reviewerRoles } from './memberships.ts';

/** Authors and clinical reviewers of the owning organisation; sharing gives read access only. */
export const updateOwnContent: Access = ({ req }) => {
  if (platformAdmin(req.user)) return true;
  const mine = organisationsWith(req.user, [...authorRoles, ...reviewerRoles]);
  return mine.length > 0 ? { owner: { in: mine } } : false;
};
