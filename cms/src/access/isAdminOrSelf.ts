import type { Access } from 'payload';

/** Admins see every user; anyone else only their own account (a `where` query, not a boolean). */
export const isAdminOrSelf: Access = ({ req }) => {
  if (!req.user) return false;
  if (req.user.roles?.includes('admin')) return true;
  return { id: { equals: req.user.id } };
};
