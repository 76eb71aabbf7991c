import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { requestSiteBuild } from '../../cms/src/hooks/notifyPublish.ts';
import { publishSignatureHeaders } from '../../content/src/publishNotice.ts';
import publishHook from '../../functions/publish-hook.ts';
import { freePort } from '../../scripts/testdb/freePort.ts';

/*
 * The publish function (functions/publish-hook.ts) called with real requests: the CMS's own sender
 * (requestSiteBuild) signs, the function checks, and a stand-in for Netlify's build hook on
 * loopback records what it was asked. Signatures made by hand here follow the documented rule
 * (HMAC-SHA256 of "<timestamp>.<body>"), not the module under test.
 */

const secret = `${'s'.repeat(24)}-delt-hemmelighed-til-cms`;
const saved = { ...process.env };
const received: { url: string; body: string }[] = [];
let hookStatus = 200;
let server: Server;
let hookUrl: string;

beforeAll(async () => {
  const port = await freePort();
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      received.push({ url: request.url ?? '', body });
      response.writeHead(hookStatus).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${port}/build_hooks/abc123`;
});
beforeEach(() => {
  received.length = 0;
  hookStatus = 200;
  process.env = { ...saved, PUBLISH_HOOK_SECRET: secret, NETLIFY_BUILD_HOOK_URL: hookUrl };
});
afterEach(() => {
  process.env = saved;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const notice = { collection: 'lessons', id: 7, event: 'changed' };
const body = JSON.stringify(notice);
/** Signed by hand from the documented rule. */
const signedAt = (text: string, seconds: number, key = secret) => ({
  'X-Sundhed-Timestamp': String(seconds),
  'X-Sundhed-Signature': `sha256=${createHmac('sha256', key).update(`${seconds}.${text}`).digest('hex')}`,
});
const now = () => Math.floor(Date.now() / 1000);
const send = (text: string, headers: Record<string, string> = {}, method = 'POST') =>
  publishHook(
    new Request('https://sundhed.example/api/publish', {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      ...(method === 'GET' ? {} : { body: text }),
    }),
  );

describe('the publish function', () => {
  it('starts a build when the CMS’s own sender signs the notice, and answers 202', async () => {
    const viaFunction = (url: string | URL | Request, init?: RequestInit) => publishHook(new Request(url, init));
    await expect(
      requestSiteBuild(
        { collection: 'lessons', id: 7, event: 'changed' },
        'https://sundhed.example/api/publish',
        viaFunction,
        secret,
      ),
    ).resolves.toBe(true);
    expect(received).toHaveLength(1);
    const called = new URL(received[0]?.url ?? '', hookUrl);
    expect(called.pathname).toBe('/build_hooks/abc123');
    expect(called.searchParams.get('trigger_title')).toBe('CMS: lessons/7 changed');
    expect(JSON.parse(received[0]?.body ?? '')).toEqual(notice);
    // And a notice signed by hand from the documented rule.
    const response = await send(body, signedAt(body, now()));
    expect(response.status).toBe(202);
    expect(received).toHaveLength(2);
  });

  it('refuses a missing, malformed or wrong signature, and a changed body, with 401 and no build', async () => {
    const good = signedAt(body, now());
    const cases: [string, Record<string, string>, RegExp][] = [
      [body, {}, /Sign the notice/],
      [body, { 'X-Sundhed-Signature': good['X-Sundhed-Signature'] }, /Sign the notice/],
      [body, { ...good, 'X-Sundhed-Signature': good['X-Sundhed-Signature'].slice(7) }, /sha256=/],
      [body, { ...good, 'X-Sundhed-Timestamp': 'i går' }, /unix seconds/],
      [body, signedAt(body, now(), 'x'.repeat(40)), /does not match/],
      [JSON.stringify({ ...notice, id: 8 }), good, /does not match/],
      // The timestamp is signed too: a fresh one on an old signature does not match.
      [body, { ...signedAt(body, now() - 600), 'X-Sundhed-Timestamp': String(now()) }, /does not match/],
    ];
    for (const [text, headers, message] of cases) {
      const response = await send(text, headers);
      expect(response.status, JSON.stringify(headers)).toBe(401);
      expect(((await response.json()) as { error: string }).error).toMatch(message);
    }
    expect(received).toEqual([]);
  });

  it('refuses a notice signed more than five minutes ago or ahead (401); four minutes is fine', async () => {
    for (const age of [6 * 60, -6 * 60]) {
      const response = await send(body, signedAt(body, now() - age));
      expect(response.status, String(age)).toBe(401);
      expect(((await response.json()) as { error: string }).error).toMatch(/five minutes/);
    }
    expect(received).toEqual([]);
    expect((await send(body, signedAt(body, now() - 4 * 60))).status).toBe(202);
  });

  it('refuses a body over 4 KB with 413, signed or not', async () => {
    const big = JSON.stringify({ ...notice, padding: 'x'.repeat(5000) });
    expect((await send(big, signedAt(big, now()))).status).toBe(413);
    expect(received).toEqual([]);
  });

  it('refuses a signed body that is not a notice with 400 and the field', async () => {
    const cases: [string, RegExp][] = [
      ['{"collection": ', /not JSON/],
      [JSON.stringify({ ...notice, event: 'published' }), /^event: /],
      [JSON.stringify({ ...notice, collection: '../etc' }), /^collection: /],
      [JSON.stringify({ ...notice, id: 'a b' }), /^id: /],
      [JSON.stringify({ ...notice, extra: true }), /extra/],
    ];
    for (const [text, message] of cases) {
      const response = await send(text, signedAt(text, now()));
      expect(response.status, text).toBe(400);
      expect(((await response.json()) as { error: string }).error, text).toMatch(message);
    }
    expect(received).toEqual([]);
  });

  it('answers 502 when the build hook refuses, and only POST (405)', async () => {
    hookStatus = 404;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const response = await send(body, signedAt(body, now()));
      expect(response.status).toBe(502);
      expect(await response.text()).not.toContain('abc123');
    } finally {
      logged.mockRestore();
    }
    const get = await send('', {}, 'GET');
    expect(get.status).toBe(405);
    expect(get.headers.get('Allow')).toBe('POST');
  });

  it('says which settings are missing or wrong with a 500, never a value', async () => {
    const cases: [Record<string, string>, string][] = [
      [
        { PUBLISH_HOOK_SECRET: '', NETLIFY_BUILD_HOOK_URL: '' },
        'Missing environment variables: PUBLISH_HOOK_SECRET, NETLIFY_BUILD_HOOK_URL',
      ],
      [{ NETLIFY_BUILD_HOOK_URL: '' }, 'Missing environment variables: NETLIFY_BUILD_HOOK_URL'],
      [{ PUBLISH_HOOK_SECRET: 'kort' }, 'PUBLISH_HOOK_SECRET must be at least 32 characters'],
      [
        { NETLIFY_BUILD_HOOK_URL: 'http://api.netlify.example/build_hooks/abc123' },
        'NETLIFY_BUILD_HOOK_URL must be an https address',
      ],
    ];
    for (const [env, message] of cases) {
      Object.assign(process.env, env);
      const response = await send(body, signedAt(body, now()));
      expect(response.status, message).toBe(500);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({ error: message });
      expect(text).not.toContain('kort');
      expect(text).not.toContain('abc123');
      process.env = { ...saved, PUBLISH_HOOK_SECRET: secret, NETLIFY_BUILD_HOOK_URL: hookUrl };
    }
    expect(received).toEqual([]);
  });
});

describe('the shared secret', () => {
  it('is read the same way by the CMS and the function: a pasted secret ending in a newline still signs and checks', async () => {
    process.env.PUBLISH_HOOK_SECRET = `${secret}\n`;
    const viaFunction = (url: string | URL | Request, init?: RequestInit) => publishHook(new Request(url, init));
    await expect(
      requestSiteBuild(
        { collection: 'lessons', id: 7, event: 'changed' },
        'https://sundhed.example/api/publish',
        viaFunction,
        `  ${secret}\n`,
      ),
    ).resolves.toBe(true);
    expect(received).toHaveLength(1);
  });
});

describe('the signing rule', () => {
  it('is the documented one: sha256=HMAC-SHA256(secret, "<timestamp>.<body>") beside the timestamp', () => {
    const at = new Date('2027-02-03T10:00:00Z');
    expect(publishSignatureHeaders(body, secret, at)).toEqual(signedAt(body, at.getTime() / 1000));
    expect(() => publishSignatureHeaders(body, 'kort')).toThrow(/at least 32/);
  });
});
