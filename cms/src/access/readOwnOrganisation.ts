import type { Access } from 'payload';
import { ownOrganisation } from './ownOrganisation.ts';

/** Documents that are never shared (a municipality's local adaptations): its own members only. */
export const readOwnOrganisation: Access = ({ req }) => ownOrganisation(req.user);
