import type { Access } from 'payload';
import { visibleContent } from './visibleContent.ts';

export const readVisibleContent: Access = ({ req }) => visibleContent(req.user);
