import { hrefSchema } from '@sundhed/content';
import { APIError, type CollectionBeforeChangeHook } from 'payload';
import { lexicalNodes } from '../lexicalNodes.ts';

/*
 * Every link in a document's rich text must pass the content contract's link rule (`hrefSchema`),
 * checked on every save, drafts included: what the CMS accepts, the export accepts. (Payload does
 * not validate drafts, and the editor's own URL check lets "www.sundhed.dk" through.)
 */

function linkUrls(value: unknown): string[] {
  const found: string[] = [];
  for (const node of lexicalNodes(value)) {
    if ((node.type !== 'link' && node.type !== 'autolink') || !node.fields || typeof node.fields !== 'object') continue;
    const { linkType, url } = node.fields as Record<string, unknown>;
    if (linkType !== 'internal') found.push(typeof url === 'string' ? url : '');
  }
  return found;
}

export const linksFollowContract: CollectionBeforeChangeHook = ({ data }) => {
  for (const value of Object.values(data)) {
    for (const url of linkUrls(value)) {
      const href = hrefSchema.safeParse(url);
      if (!href.success) {
        throw new APIError(`Linket "${url}" kan ikke bruges: ${href.error.issues[0]?.message}`, 400, undefined, true);
      }
    }
  }
  return data;
};
