import type { Access } from 'payload';
import { platformAdmin } from './memberships.ts';

export const isPlatformAdmin: Access = ({ req }) => platformAdmin(req.user);
