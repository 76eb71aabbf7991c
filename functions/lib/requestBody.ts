/*
 * A request's body as text, read only up to a cap: a declared Content-Length over it is refused
 * before reading, and a body that streams past it (no length, or a false one) is cut off at the
 * cap rather than held in memory whole.
 */

export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`The body may be at most ${limit} bytes`);
    this.name = 'BodyTooLarge';
  }
}

export async function cappedText(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLarge(limit);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new BodyTooLarge(limit);
    }
    chunks.push(value);
  }
  // fatal: a body that is not UTF-8 is refused by the caller's parsing, not silently repaired.
  return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
}
