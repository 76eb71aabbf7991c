import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/*
 * What a page fetches before the reader's first interaction, idle-time loads included, at gzip
 * level 9. Pictures, video, sound and captions are not counted (they are lazy, or fetched only when
 * played). One round trip on a weak connection is the budget of most pages.
 */

export const pageBudget = 14 * 1024;

/**
 * A staff page signed in: supabase-js (about 56 KB, loaded at once, as its content is the
 * backend's data), the staff menu and stylesheet, and the page's own code. Staff work on the
 * municipality's computers. Measured 2026-11-28: inbox 78,074 B, conversation 80,204 B, cohorts
 * 81,302 B, evaluation 75,767 B, planning 79,313 B.
 */
export const staffSignedInBudget = 88 * 1024;
const notCounted = new Set(['image', 'media', 'texttrack']);

export async function bytesBeforeInteraction(page: Page, path: string) {
  const sizes: { url: string; gzip: number }[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    if (notCounted.has(response.request().resourceType())) return;
    pending.push(
      response
        .body()
        .then(
          (body) =>
            void sizes.push({ url: new URL(response.url()).pathname, gzip: gzipSync(body, { level: 9 }).length }),
        )
        .catch(() => {}),
    );
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  // Idle-time loads (requestIdleCallback, timers) get their chance before we count.
  await page.waitForTimeout(1500);
  await Promise.all(pending);
  return { total: sizes.reduce((sum, { gzip }) => sum + gzip, 0), sizes };
}

/** Pagefind's WebAssembly and index files are gzip already, and served as they are: counted so. */
const precompressed = /\.(?:pagefind|pf_[a-z]+)$/;

/**
 * What each search fetches on the search page at `path`, after the page has loaded: the terms are
 * typed one after the other, each counted until its results are shown and the network is idle.
 */
export async function bytesOfSearches(page: Page, path: string, label: string, terms: string[]) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  let sizes: { url: string; gzip: number }[] = [];
  let pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url()).pathname;
    // The browser fetches the tab's icon when it likes: not the search's doing.
    if (url === '/favicon.svg') return;
    pending.push(
      response
        .body()
        .then(
          (body) =>
            void sizes.push({ url, gzip: precompressed.test(url) ? body.length : gzipSync(body, { level: 9 }).length }),
        )
        .catch(() => {}),
    );
  });
  const searches: { total: number; sizes: { url: string; gzip: number }[] }[] = [];
  for (const term of terms) {
    await page.getByRole('searchbox', { name: label }).fill(term);
    await page.locator('search-box').getByRole('status').filter({ hasText: term }).waitFor();
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    searches.push({ total: sizes.reduce((sum, { gzip }) => sum + gzip, 0), sizes });
    sizes = [];
    pending = [];
  }
  return searches;
}
