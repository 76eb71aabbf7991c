import { describe, expect, it, vi } from 'vitest';
import { requestSiteBuild } from '../../src/hooks/notifyPublish.ts';

describe('asking for a site build after publishing', () => {
  it('posts the reason to the build hook', async () => {
    const fetchImpl = vi.fn(async () => new Response('ok', { status: 200 }));
    await expect(requestSiteBuild('lessons/1 changed', 'http://127.0.0.1:9/rebuild', fetchImpl)).resolves.toBe(true);
    expect(fetchImpl).toHaveBeenCalledWith(
      'http://127.0.0.1:9/rebuild',
      expect.objectContaining({ method: 'POST', body: '{"reason":"lessons/1 changed"}' }),
    );
  });

  it('does nothing without a hook URL', async () => {
    const fetchImpl = vi.fn(async () => new Response('ok'));
    await expect(requestSiteBuild('x', undefined, fetchImpl)).resolves.toBe(false);
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('reports a hook that refuses', async () => {
    const fetchImpl = vi.fn(async () => new Response('nope', { status: 500 }));
    await expect(requestSiteBuild('x', 'http://127.0.0.1:9/rebuild', fetchImpl)).rejects.toThrow(/answered 500/);
  });
});
