import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/*
 * The CMS's "content changed, build the site" notice to the publish function (functions/
 * publish-hook.ts): what it says, and how it is signed. One module, so the sender
 * (cms/src/hooks/notifyPublish.ts) and the receiver cannot drift apart. Server code only (node:crypto):
 * a subpath of its own (@sundhed/content/publish), never in the site's bundle.
 *
 * Signing: HMAC-SHA256, with the shared PUBLISH_HOOK_SECRET, of "<timestamp>.<raw body>", sent as
 * X-Sundhed-Signature: sha256=<hex> beside X-Sundhed-Timestamp: <unix seconds>. The timestamp is
 * inside the signature, so a captured notice cannot be given a fresh one; older (or newer) than
 * five minutes, it is refused.
 */

export const publishNoticeSchema = z.strictObject({
  collection: z.string().regex(/^[a-z][a-z0-9-]{0,59}$/, 'a collection slug'),
  id: z.union([z.number().int().nonnegative(), z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'a document id')]),
  event: z.enum(['changed', 'deleted']),
});
export type PublishNotice = z.infer<typeof publishNoticeSchema>;

/** A notice is under 200 bytes; the receiver refuses bodies over this. */
export const publishNoticeLimit = 4096;
export const signatureHeader = 'X-Sundhed-Signature';
export const timestampHeader = 'X-Sundhed-Timestamp';
export const maxNoticeAgeSeconds = 5 * 60;
/** HMAC keys shorter than the hash (32 bytes) weaken it; a shorter secret is refused on both sides. */
export const minPublishSecretLength = 32;

/**
 * PUBLISH_HOOK_SECRET as both sides read it: trimmed (a value pasted into a settings page often
 * ends in a newline or a space, and the two sides would then sign with different keys); an empty
 * value is no secret. The CMS signs with this, the publish function checks with this.
 */
export function publishSecret(value: string | undefined): string | undefined {
  return value?.trim() || undefined;
}

const mac = (secret: string, timestamp: string, body: string) =>
  createHmac('sha256', secret).update(`${timestamp}.${body}`).digest();

function checkSecret(secret: string): void {
  if (secret.length < minPublishSecretLength)
    throw new Error(`PUBLISH_HOOK_SECRET must be at least ${minPublishSecretLength} characters`);
}

/** The two headers that sign `body` at `now`. */
export function publishSignatureHeaders(body: string, secret: string, now: Date = new Date()): Record<string, string> {
  checkSecret(secret);
  const timestamp = String(Math.floor(now.getTime() / 1000));
  return {
    [signatureHeader]: `sha256=${mac(secret, timestamp, body).toString('hex')}`,
    [timestampHeader]: timestamp,
  };
}

export type SignatureCheck = 'valid' | 'missing' | 'malformed' | 'stale' | 'wrong';

/** Whether `body` came with a valid, fresh signature; compared in constant time. */
export function checkPublishSignature(
  body: string,
  headers: Headers,
  secret: string,
  now: Date = new Date(),
): SignatureCheck {
  checkSecret(secret);
  const signature = headers.get(signatureHeader);
  const timestamp = headers.get(timestampHeader);
  if (!signature || !timestamp) return 'missing';
  const hex = /^sha256=([0-9a-f]{64})$/.exec(signature)?.[1];
  if (!hex || !/^\d{1,12}$/.test(timestamp)) return 'malformed';
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > maxNoticeAgeSeconds) return 'stale';
  return timingSafeEqual(Buffer.from(hex, 'hex'), mac(secret, timestamp, body)) ? 'valid' : 'wrong';
}
