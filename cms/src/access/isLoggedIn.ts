import type { Access } from 'payload';

/** Any signed-in CMS user. The public site never reads the CMS: it reads the exported files. */
export const isLoggedIn: Access = ({ req }) => Boolean(req.user);
