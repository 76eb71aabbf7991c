import type { Access } from 'payload';
import { ownOrganisation } from './ownOrganisation.ts';

/** The version history of a never-shared document: the same rule as reading it, on `version.*`. */
export const readOwnOrganisationVersions: Access = ({ req }) => ownOrganisation(req.user, 'version.');
