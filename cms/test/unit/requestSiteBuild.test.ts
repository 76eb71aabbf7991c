import { checkPublishSignature } from '@sundhed/content/publish';
import { describe, expect, it, vi } from 'vitest';
import { requestSiteBuild } from '../../src/hooks/notifyPublish.ts';

const notice = { collection: 'lessons', id: 1, event: 'changed' } as const;
const secret = 'p'.repeat(40);
type Call = [string | URL | Request, RequestInit?];

describe('asking for a site build after publishing', () => {
  it('posts the notice to the build hook', async () => {
    const fetchImpl = vi.fn(async (..._: Call) => new Response('ok', { status: 200 }));
    await expect(requestSiteBuild(notice, 'http://127.0.0.1:9/rebuild', fetchImpl, undefined)).resolves.toBe(true);
    expect(fetchImpl).toHaveBeenCalledWith(
      'http://127.0.0.1:9/rebuild',
      expect.objectContaining({ method: 'POST', body: '{"collection":"lessons","id":1,"event":"changed"}' }),
    );
  });

  it('signs the notice with PUBLISH_HOOK_SECRET as the publish function checks it', async () => {
    const fetchImpl = vi.fn(async (..._: Call) => new Response(null, { status: 202 }));
    await requestSiteBuild(notice, 'https://sundhed.example/api/publish', fetchImpl, secret);
    const [, init] = fetchImpl.mock.calls[0] ?? [];
    const headers = new Headers(init?.headers);
    expect(headers.get('X-Sundhed-Signature')).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(checkPublishSignature(String(init?.body), headers, secret)).toBe('valid');
    expect(checkPublishSignature(String(init?.body), headers, 'q'.repeat(40))).toBe('wrong');
  });

  it('does nothing without a hook URL', async () => {
    const fetchImpl = vi.fn(async () => new Response('ok'));
    await expect(requestSiteBuild(notice, undefined, fetchImpl)).resolves.toBe(false);
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('reports a hook that refuses, and sends no notice that is not one', async () => {
    const fetchImpl = vi.fn(async () => new Response('nope', { status: 500 }));
    await expect(requestSiteBuild(notice, 'http://127.0.0.1:9/rebuild', fetchImpl)).rejects.toThrow(/answered 500/);
    const odd = { collection: 'Lessons!', id: 1, event: 'changed' } as unknown as typeof notice;
    await expect(requestSiteBuild(odd, 'http://127.0.0.1:9/rebuild', fetchImpl)).rejects.toThrow(/collection/);
  });
});
