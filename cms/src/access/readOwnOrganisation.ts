import type { Access } from 'payload';
import { anyRole, organisationsWith, platformAdmin } from './memberships.ts';

/** Documents that are never shared (a municipality's local adaptations): its own members only. */
export const readOwnOrganisation: Access = ({ req }) => {
  if (platformAdmin(req.user)) return true;
  const mine = organisationsWith(req.user, anyRole);
  return mine.length > 0 ? { owner: { in: mine } } : false;
};
