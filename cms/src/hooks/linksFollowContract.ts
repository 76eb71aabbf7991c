import { hrefSchema } from '@sundhed/content';
import { APIError, type CollectionBeforeChangeHook } from 'payload';

/*
 * Every link in a document's rich text must pass the content contract's link rule (`hrefSchema`),
 * checked on every save, drafts included: what the CMS accepts, the export accepts. (Payload does
 * not validate drafts, and the editor's own URL check lets "www.sundhed.dk" through.)
 */

function linkUrls(node: unknown, found: string[] = []): string[] {
  if (!node || typeof node !== 'object') return found;
  const { type, fields, children, root } = node as Record<string, unknown>;
  if ((type === 'link' || type === 'autolink') && fields && typeof fields === 'object') {
    const { linkType, url } = fields as Record<string, unknown>;
    if (linkType !== 'internal') found.push(typeof url === 'string' ? url : '');
  }
  if (root) linkUrls(root, found);
  if (Array.isArray(children)) for (const child of children) linkUrls(child, found);
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
