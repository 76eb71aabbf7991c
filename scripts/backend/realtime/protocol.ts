/*
 * Phoenix channel frames as realtime-js 2.119 sends them with `vsn=2.0.0` (`lib/serializer.js`):
 * text frames holding a JSON array `[join_ref, ref, topic, event, payload]`, refs as decimal
 * strings or null. Binary frames exist only for user broadcast, which the stand-in does not offer.
 */

export type Frame = {
  joinRef: string | null;
  ref: string | null;
  topic: string;
  event: string;
  payload: Record<string, unknown>;
};

const isRef = (value: unknown): value is string | null => value === null || typeof value === 'string';
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function parseFrame(text: string): { ok: true; frame: Frame } | { ok: false; reason: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'Frames must be JSON' };
  }
  if (!Array.isArray(parsed) || parsed.length !== 5) {
    return { ok: false, reason: 'Frames must be [join_ref, ref, topic, event, payload] (vsn 2.0.0)' };
  }
  const [joinRef, ref, topic, event, payload] = parsed;
  if (!isRef(joinRef) || !isRef(ref) || typeof topic !== 'string' || typeof event !== 'string' || !isObject(payload)) {
    return { ok: false, reason: 'Frames need string or null refs, a string topic and event, and an object payload' };
  }
  return { ok: true, frame: { joinRef, ref, topic, event, payload } };
}

export const encodeFrame = (
  joinRef: string | null,
  ref: string | null,
  topic: string,
  event: string,
  payload: Record<string, unknown>,
) => JSON.stringify([joinRef, ref, topic, event, payload]);

/** A `phx_reply` to the push `frame`. */
export const replyTo = (frame: Frame, status: 'ok' | 'error', response: Record<string, unknown>) =>
  encodeFrame(frame.joinRef, frame.ref, frame.topic, 'phx_reply', { status, response });
