import { APIError, type CollectionBeforeChangeHook } from 'payload';
import { isOfferedTo } from '../access/offeredTo.ts';
import { readMediaFacts } from '../media/mediaFacts.ts';
import { relationKey } from '../relationId.ts';
import { mediaUsedBy } from './contentHash.ts';

/*
 * A document may use only media its owner organisation can see: its own, national, or shared with
 * it. Upload fields inside rich-text blocks are checked by Payload with access off, so without this
 * a lesson could show (and the export would copy) another organisation's private file by its id.
 * The export checks the same rule again.
 */
export const mediaOfOwner: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const merged: Record<string, unknown> = { ...(originalDoc ?? {}), ...data };
  const used = mediaUsedBy(merged);
  if (used.length === 0) return data;
  const facts = await readMediaFacts(req.payload, used, 'da');
  const owner = relationKey(merged.owner);
  const refused = used.filter((id) => {
    const item = facts.get(id);
    return !item || !isOfferedTo(item, owner);
  });
  if (refused.length > 0) {
    throw new APIError(
      `Mediefil ${refused.join(', ')} findes ikke eller er ikke delt med den organisation, der ejer dokumentet.`,
      403,
      undefined,
      true,
    );
  }
  return data;
};
