import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload';

/** Set in `req.context` by seeding and tests so that bulk writes do not start one build each. */
export const skipPublishHook = 'skipPublishHook';

/**
 * A fresh context for each write that should not start a build. Fresh, because Payload keeps the
 * object as `req.context` and writes into it: one shared object carries state between operations.
 */
export const quietContext = () => ({ [skipPublishHook]: true });

type Fetch = typeof fetch;

/**
 * Asks for a new export and site build: a Netlify build hook in production, the local rebuild
 * server of `npm start` in development. Without PUBLISH_HOOK_URL nothing is called.
 */
export async function requestSiteBuild(
  reason: string,
  url = process.env.PUBLISH_HOOK_URL,
  fetchImpl: Fetch = fetch,
): Promise<boolean> {
  if (!url) return false;
  const response = await fetchImpl(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ reason }),
  });
  if (!response.ok) throw new Error(`build hook answered ${response.status}`);
  return true;
}

function fireAndLog(req: PayloadRequest, reason: string): void {
  if (req.context[skipPublishHook]) return;
  requestSiteBuild(reason).catch((error: unknown) => {
    req.payload.logger.error({ err: error }, `Kunne ikke bede om et nyt site-build (${reason})`);
  });
}

/** Published now, or published before (an unpublish): either way the site changes. */
export const notifyPublishAfterChange: CollectionAfterChangeHook = ({ doc, previousDoc, req, collection }) => {
  const wasOrIsPublished = doc?._status === 'published' || previousDoc?._status === 'published';
  const hasNoDrafts = !collection.versions?.drafts;
  if (wasOrIsPublished || hasNoDrafts) fireAndLog(req, `${collection.slug}/${doc.id} changed`);
  return doc;
};

export const notifyPublishAfterDelete: CollectionAfterDeleteHook = ({ doc, req, collection }) => {
  fireAndLog(req, `${collection.slug}/${doc.id} deleted`);
  return doc;
};
