import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { RequestListener } from 'node:http';

/*
 * The endpoint `npm start` gives the CMS as its publish hook: a POST re-exports and rebuilds the
 * site. It listens on loopback only, but any web page open in the developer's browser can send to
 * loopback too. So it takes a POST only to /rebuild/<token>, with the random token made at each start
 * and handed to the CMS inside PUBLISH_HOOK_URL (as a Netlify build hook carries its secret in its
 * path, so the CMS calls both the same way), and never a request a browser sends (an Origin or
 * Sec-Fetch-Site header: browsers add these to every cross-site POST, the CMS's fetch does not).
 */

const minTokenLength = 32;

export const makeRebuildToken = (): string => randomBytes(32).toString('base64url');

export const rebuildHookUrl = (host: string, port: number, token: string): string =>
  `http://${host}:${port}/rebuild/${token}`;

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Constant time, also when the lengths differ: the digests always have the same length. */
const sameToken = (given: string, token: string) => timingSafeEqual(digest(given), digest(token));

export function rebuildEndpoint(
  token: string,
  rebuild: () => void,
  log: (line: string) => void = console.warn,
): RequestListener {
  if (token.length < minTokenLength) {
    throw new Error(`The rebuild endpoint needs a token of at least ${minTokenLength} characters.`);
  }
  return (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const refuse = (status: number, why: string) => {
      log(`[start] Afviste et kald af genopbygningen (${status}): ${why}`);
      response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(`${why}\n`);
    };
    if (pathname !== '/rebuild' && !pathname.startsWith('/rebuild/')) {
      response.writeHead(404).end();
      return;
    }
    if (request.headers.origin !== undefined || request.headers['sec-fetch-site'] !== undefined) {
      refuse(403, 'requests from a browser are not accepted');
      return;
    }
    if (request.method !== 'POST') {
      response.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    if (!sameToken(pathname.slice('/rebuild/'.length), token)) {
      refuse(401, 'missing or wrong token');
      return;
    }
    rebuild();
    response.writeHead(202).end();
  };
}
