import type { Access } from 'payload';
import { authorRoles, organisationsWith, platformAdmin } from './memberships.ts';

/**
 * Authors (editors, association contributors) create documents for their own organisations.
 * Without `data` (the admin asking whether to show "Create") the answer is whether they author
 * anywhere; with it, the owner must be one of their organisations.
 */
export const createOwnContent: Access = ({ req, data }) => {
  if (platformAdmin(req.user)) return true;
  const authorOf = organisationsWith(req.user, authorRoles);
  if (!data) return authorOf.length > 0;
  return authorOf.some((id) => String(id) === String(data.owner));
};
