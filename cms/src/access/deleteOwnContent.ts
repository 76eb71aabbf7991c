import type { Access } from 'payload';
import { deleterRoles, organisationsWith, platformAdmin } from './memberships.ts';

/** Only the owning municipality's editors delete; contributors and reviewers cannot. */
export const deleteOwnContent: Access = ({ req }) => {
  if (platformAdmin(req.user)) return true;
  const mine = organisationsWith(req.user, deleterRoles);
  return mine.length > 0 ? { owner: { in: mine } } : false;
};
