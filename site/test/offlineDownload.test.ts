import { describe, expect, it } from 'vitest';
import { filesCache, pagesCache } from '../src/offline/caches.ts';
import { type DownloadEnvironment, DownloadFailed, downloadPages } from '../src/offline/download.ts';

const origin = 'https://sundhed.example';
const lessonHtml = (n: number) =>
  `<h1>Lektion ${n}</h1><picture><source srcset="/media/p${n}-480.avif 480w, /media/p${n}-960.avif 960w"><img src="/media/p${n}.webp"></picture><a href="/media/plan.pdf" download>Plan</a>`;

/** A server of three lessons, and a Cache API kept in maps. */
function environment(failing = new Set<string>()) {
  const served: string[] = [];
  const stores = new Map<string, Map<string, Response>>();
  const env: DownloadEnvironment = {
    pictureWidth: 700,
    fetch: async (url) => {
      const path = new URL(url, origin).pathname;
      served.push(path);
      if (failing.has(path)) throw new TypeError('Failed to fetch');
      const lesson = /\/lektion-(\d)\/$/.exec(path);
      return new Response(lesson ? lessonHtml(Number(lesson[1])) : `file ${path}`, { status: 200 });
    },
    caches: {
      open: async (name) => {
        const store = stores.get(name) ?? new Map<string, Response>();
        stores.set(name, store);
        const key = (url: RequestInfo | URL) => new URL(String(url), origin).pathname;
        return {
          match: async (url: RequestInfo | URL) => store.get(key(url))?.clone(),
          put: async (url: RequestInfo | URL, response: Response) => void store.set(key(url), response),
        } as unknown as Cache;
      },
    },
  };
  const kept = (name: string) => [...(stores.get(name)?.keys() ?? [])].sort();
  return { env, served, kept };
}

const lessons = [1, 2, 3].map((n) => `${origin}/forloeb/p/lektion-${n}/`);

describe('downloading a program', () => {
  it('keeps every page, and one variant of each picture plus its documents, reporting as it goes', async () => {
    const { env, kept } = environment();
    const steps: string[] = [];
    const result = await downloadPages(lessons, env, (done, total) => steps.push(`${done}/${total}`));
    expect(steps).toEqual(['1/3', '2/3', '3/3']);
    expect(kept(pagesCache)).toEqual(['/forloeb/p/lektion-1/', '/forloeb/p/lektion-2/', '/forloeb/p/lektion-3/']);
    expect(kept(filesCache)).toEqual([
      '/media/p1-960.avif',
      '/media/p2-960.avif',
      '/media/p3-960.avif',
      '/media/plan.pdf',
    ]);
    expect(result).toMatchObject({ pages: 3, files: 4 });
    expect(result.bytes).toBeGreaterThan(0);
  });

  it('stops with a clear error when a page cannot be fetched, keeping what it had; a second try fetches only missing files', async () => {
    const failing = new Set(['/forloeb/p/lektion-3/']);
    const { env, kept, served } = environment(failing);
    const error = await downloadPages(lessons, env, () => {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DownloadFailed);
    expect((error as DownloadFailed).message).toBe(`Could not download ${lessons[2]} (no connection)`);
    expect(kept(pagesCache)).toEqual(['/forloeb/p/lektion-1/', '/forloeb/p/lektion-2/']);

    failing.clear();
    served.length = 0;
    await downloadPages(lessons, env, () => {});
    expect(served.filter((path) => path.startsWith('/media/')).sort()).toEqual(
      ['/media/p1-960.avif', '/media/p2-960.avif', '/media/p3-960.avif', '/media/plan.pdf'].sort(),
    );
    await downloadPages(lessons, env, () => {});
    expect(served.filter((path) => path.startsWith('/media/')).length).toBe(4);
  });

  it('refuses an error page rather than keeping it as the lesson', async () => {
    const { env, kept } = environment();
    env.fetch = async () => new Response('Not found', { status: 404 });
    await expect(downloadPages(lessons, env, () => {})).rejects.toThrow('(HTTP 404)');
    expect(kept(pagesCache)).toEqual([]);
  });
});
