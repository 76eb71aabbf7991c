import type { Access } from 'payload';
import { visibleContent } from './visibleContent.ts';

/** Versions carry every past state of a document: the same rule as reading, on `version.*`. */
export const readVisibleVersions: Access = ({ req }) => visibleContent(req.user, 'version.');
