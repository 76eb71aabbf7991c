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
