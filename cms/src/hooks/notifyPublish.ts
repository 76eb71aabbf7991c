import {
  type PublishNotice,
  publishNoticeSchema,
  publishSecret,
  publishSignatureHeaders,
} from '@sundhed/content/publish';
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
 * Asks for a new export and site build: the publish function (/api/publish) in production, which
 * checks the signature and calls Netlify's build hook; the local rebuild server of `npm start` in
 * development. With PUBLISH_HOOK_SECRET set the notice is signed (@sundhed/content/publish, the
 * rule the function checks); without it, sent unsigned, which only the local rebuild server takes.
 * Without PUBLISH_HOOK_URL nothing is called.
 */
export async function requestSiteBuild(
  notice: PublishNotice,
  url = process.env.PUBLISH_HOOK_URL,
  fetchImpl: Fetch = fetch,
  secret = process.env.PUBLISH_HOOK_SECRET,
): Promise<boolean> {
  if (!url) return false;
  const body = JSON.stringify(publishNoticeSchema.parse(notice));
  // Read as the publish function reads it (trimmed), so both sign with the same key.
  const key = publishSecret(secret);
  const response = await fetchImpl(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? publishSignatureHeaders(body, key) : {}) },
    body,
  });
  if (!response.ok) throw new Error(`build hook answered ${response.status}`);
  return true;
}

function fireAndLog(req: PayloadRequest, notice: PublishNotice): void {
  if (req.context[skipPublishHook]) return;
  requestSiteBuild(notice).catch((error: unknown) => {
    req.payload.logger.error(
      { err: error },
      `Kunne ikke bede om et nyt site-build (${notice.collection}/${notice.id} ${notice.event})`,
    );
  });
}

/** Published now, or published before (an unpublish): either way the site changes. */
export const notifyPublishAfterChange: CollectionAfterChangeHook = ({ doc, previousDoc, req, collection }) => {
  const wasOrIsPublished = doc?._status === 'published' || previousDoc?._status === 'published';
  const hasNoDrafts = !collection.versions?.drafts;
  if (wasOrIsPublished || hasNoDrafts) fireAndLog(req, { collection: collection.slug, id: doc.id, event: 'changed' });
  return doc;
};

export const notifyPublishAfterDelete: CollectionAfterDeleteHook = ({ doc, req, collection }) => {
  fireAndLog(req, { collection: collection.slug, id: doc.id, event: 'deleted' });
  return doc;
};
