import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { requestSiteBuild } from '../../cms/src/hooks/notifyPublish.ts';
import { makeRebuildToken, rebuildEndpoint, rebuildHookUrl } from '../dev/rebuildEndpoint.ts';
import { freePort } from '../testdb/freePort.ts';

/*
 * npm start's rebuild endpoint on a real loopback port: only the CMS, holding the token made at
 * start, can start a rebuild; a caller without it, and any request a browser sends, cannot.
 */

const host = '127.0.0.1';
const token = makeRebuildToken();
let rebuilds = 0;
let server: Server;
let port: number;

beforeAll(async () => {
  port = await freePort();
  server = createServer(
    rebuildEndpoint(
      token,
      () => void rebuilds++,
      () => {},
    ),
  );
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  rebuilds = 0;
});

const post = (path: string, headers: Record<string, string> = {}) =>
  fetch(`http://${host}:${port}${path}`, { method: 'POST', headers, body: '{"reason":"test"}' });

describe("npm start's rebuild endpoint", () => {
  it('rebuilds when the CMS calls the hook address it was given, token included', async () => {
    const url = rebuildHookUrl(host, port, token);
    expect(url).toContain(token);
    await expect(requestSiteBuild({ collection: 'lessons', id: 1, event: 'changed' }, url)).resolves.toBe(true);
    expect(rebuilds).toBe(1);
  });

  it('refuses a call without the token or with a wrong one, and does not rebuild', async () => {
    const wrong = makeRebuildToken();
    for (const path of [
      '/rebuild',
      '/rebuild/',
      `/rebuild/${wrong}`,
      `/rebuild/${token.slice(0, -1)}`,
      `/rebuild?token=${token}`,
    ]) {
      expect((await post(path)).status, path).toBe(401);
    }
    await expect(
      requestSiteBuild({ collection: 'lessons', id: 1, event: 'changed' }, rebuildHookUrl(host, port, wrong)),
    ).rejects.toThrow(/answered 401/);
    expect(rebuilds).toBe(0);
  });

  it('refuses what a browser sends, even with the token, and does not rebuild', async () => {
    const path = new URL(rebuildHookUrl(host, port, token)).pathname;
    expect((await post(path, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await post(path, { origin: 'null' })).status).toBe(403);
    expect((await post(path, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect(rebuilds).toBe(0);
  });

  it('answers only POST, only on its own path', async () => {
    const path = new URL(rebuildHookUrl(host, port, token)).pathname;
    expect((await fetch(`http://${host}:${port}${path}`)).status).toBe(405);
    expect((await post('/other')).status).toBe(404);
    expect(rebuilds).toBe(0);
  });

  it('makes a new random token each time, and refuses to run with a short one', () => {
    expect(makeRebuildToken()).not.toBe(makeRebuildToken());
    expect(token.length).toBeGreaterThanOrEqual(32);
    expect(() => rebuildEndpoint('short', () => {})).toThrow(/at least 32/);
  });
});
