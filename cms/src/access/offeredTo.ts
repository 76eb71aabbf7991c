import { relationKey } from '../relationId.ts';

/*
 * The sharing rule as a yes/no for one document and one organisation: its owner's, shared
 * nationally, or shared with that organisation by name. `visibleContent.ts` is the same rule as a
 * database query (for lists); this form is for hooks and the export, which hold the documents.
 * Owner and organisations may be ids, populated documents or slugs: compared as keys.
 */
export type Sharing = { owner?: unknown; visibility?: unknown; sharedWith?: unknown };

export function isOfferedTo(doc: Sharing, organisation: unknown): boolean {
  const wanted = relationKey(organisation);
  if (!wanted) return false;
  if (relationKey(doc.owner) === wanted || doc.visibility === 'national') return true;
  return (
    doc.visibility === 'selected' &&
    Array.isArray(doc.sharedWith) &&
    doc.sharedWith.some((shared) => relationKey(shared) === wanted)
  );
}
