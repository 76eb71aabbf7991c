import type { Browser, Page, Request } from 'playwright-core';

/*
 * Bytes a reader's browser transfers to search, as Chromium reports them (headers and compressed
 * bodies, as on the wire). "First" is everything after the page has loaded, on an empty cache,
 * until the first results show: the search code, its WebAssembly and the index (Starlight loads its
 * search code when the page falls idle, after the load, so it is counted too). "Later" is what each further query adds, on the same page.
 */

export type SearchSite = {
  /** Where a reader starts searching. */
  path: string;
  /** Whatever the reader does to get a search field, then types `term` into it. */
  search: (page: Page, term: string, first: boolean) => Promise<void>;
  /** A result link, present once results show. */
  result: string;
};

export const searchTerms = ['blodsukker', 'medicin', 'træning', 'søvn', 'hjertet'];

export type SearchBytes = { pageBytes: number; firstSearchBytes: number; laterSearchBytes: number[] };

/**
 * Counts the bytes a page transfers, and waits for its network to fall quiet. Playwright's request
 * events include a page's workers, where Pagefind fetches its index (DevTools' page session alone
 * misses those).
 */
export async function networkMeter(page: Page) {
  let bytes = 0;
  const inFlight = new Set<Request>();
  let lastActivity = performance.now();
  page.on('request', (request) => {
    inFlight.add(request);
    lastActivity = performance.now();
  });
  // A request's sizes come a moment after it finished: it counts as in flight until they do.
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes();
    bytes += sizes.responseHeadersSize + sizes.responseBodySize;
    inFlight.delete(request);
    lastActivity = performance.now();
  });
  page.on('requestfailed', (request) => {
    inFlight.delete(request);
    lastActivity = performance.now();
  });
  return {
    bytes: () => bytes,
    /** Waits until every request started so far has its bytes counted (at most 10 s). */
    settledRequests: async () => {
      const until = performance.now() + 10_000;
      while (inFlight.size > 0 && performance.now() < until) await page.waitForTimeout(50);
    },
    /**
     * A second without traffic; three when a request still counts as open (one served from the
     * memory cache may never report its end).
     */
    quiet: async (since = 0) => {
      const started = performance.now();
      for (;;) {
        // A search UI waits a moment after typing before it asks: count quiet from `since` at least.
        const idle = performance.now() - Math.max(lastActivity, since);
        if ((inFlight.size === 0 && idle > 1000) || idle > 3000) return;
        if (performance.now() - started > 60_000) throw new Error('The page never fell quiet in 60 s.');
        await page.waitForTimeout(100);
      }
    },
  };
}

export async function measureSearchBytes(browser: Browser, origin: string, site: SearchSite): Promise<SearchBytes> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const meter = await networkMeter(page);
    const settled = async (since: number) => {
      await page.locator(site.result).first().waitFor({ state: 'visible', timeout: 60_000 });
      await meter.quiet(since);
    };
    await page.goto(`${origin}${site.path}`, { waitUntil: 'load' });
    await meter.settledRequests();
    const pageBytes = meter.bytes();
    const [first, ...later] = searchTerms;
    await site.search(page, first ?? 'blodsukker', true);
    await settled(performance.now());
    const firstSearchBytes = meter.bytes() - pageBytes;
    const laterSearchBytes: number[] = [];
    for (const term of later) {
      const before = meter.bytes();
      const since = performance.now();
      await site.search(page, term, false);
      await settled(since);
      laterSearchBytes.push(meter.bytes() - before);
    }
    return { pageBytes, firstSearchBytes, laterSearchBytes };
  } finally {
    await context.close();
  }
}

/** Bytes a page transfers before the reader does anything: loaded, then a second of quiet. */
export async function measurePageBytes(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const meter = await networkMeter(page);
    await page.goto(url, { waitUntil: 'load' });
    await meter.quiet();
    return meter.bytes();
  } finally {
    await context.close();
  }
}

/** Our search page: the labelled field is in the page from the start. */
export const ourSearch: SearchSite = {
  path: '/soeg/',
  search: async (page, term) => {
    await page.getByRole('searchbox', { name: 'Søgeord' }).fill(term);
  },
  result: 'main a[href*="/forloeb/"]',
};

/** Starlight: the search button opens a dialog with Pagefind's default UI. */
export const starlightSearch = (path: string): SearchSite => ({
  path,
  search: async (page, term, first) => {
    if (first) await page.locator('button[data-open-modal]').first().click();
    const input = page.locator('.pagefind-ui__search-input');
    await input.fill(term);
  },
  result: '.pagefind-ui__result-link',
});
