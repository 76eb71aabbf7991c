import type { Access } from 'payload';
import { platformAdmin } from './memberships.ts';

/** Platform admins see every account; anyone else only their own (a `where` query). */
export const readSelfOrAdmin: Access = ({ req }) => {
  if (!req.user) return false;
  if (platformAdmin(req.user)) return true;
  return { id: { equals: req.user.id } };
};
