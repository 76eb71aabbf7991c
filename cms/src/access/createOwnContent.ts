import type { Access } from 'payload';
import { authorRoles, organisationsWith, platformAdmin } from './memberships.ts';

/**
 * Authors (editors, association contributors) create documents for their own organisations.
 * Without an owner in `data` (the admin asking whether to offer "Create", or a form not yet
 * filled in) the answer is whether they author anywhere; the owner field's validation then
 * refuses any owner that is not theirs. With an owner, it must be one of their organisations.
 */
export const createOwnContent: Access = ({ req, data }) => {
  if (platformAdmin(req.user)) return true;
  const authorOf = organisationsWith(req.user, authorRoles);
  const owner = data?.owner;
  if (owner === undefined || owner === null || owner === '') return authorOf.length > 0;
  const ownerId = typeof owner === 'object' && 'id' in owner ? owner.id : owner;
  return authorOf.some((id) => String(id) === String(ownerId));
};
