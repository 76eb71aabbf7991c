import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../site/e2e/chromium.ts';
import { serveStatic } from '../staticServer.ts';
import { generateContent } from './generateContent.ts';
import { runMeasured, type TreeRun } from './processTree.ts';
import { measurePageBytes, measureSearchBytes, ourSearch, starlightSearch } from './searchBytes.ts';
import { writeStarlightDocs } from './starlightDocs.ts';

/*
 * The scale benchmark (issue 16): for each size, generated lessons in the content/ layout are built
 * by our site and, Danish only, by Astro Starlight; then bytes on a lesson page, bytes of five
 * searches in Chromium, and the time from one changed lesson to the page and index updated.
 */

const siteDir = fileURLToPath(new URL('../../../site/', import.meta.url));
const starlightDir = fileURLToPath(new URL('./starlight/', import.meta.url));
const port = 4461;
/** Astro's own command, run with an explicit root: npx would start it from the workspace's root. */
const astroBin = fileURLToPath(new URL('../../../node_modules/astro/bin/astro.mjs', import.meta.url));
/** Our site's build: Astro, then the search index (site/scripts/build.ts). */
const siteBuild = fileURLToPath(new URL('../../../site/scripts/build.ts', import.meta.url));

export type SizeReport = {
  lessons: number;
  pages: number;
  build: Omit<TreeRun, 'output'>;
  pagefindSeconds: number;
  indexBytes: number;
  lessonPageBytes: number;
  search: { pageBytes: number; firstSearchBytes: number; laterSearchBytes: number[] };
  changedLessonSeconds: number;
  starlight: {
    pages: number;
    pagesBuilt: number;
    build: Omit<TreeRun, 'output'>;
    search?: { pageBytes: number; firstSearchBytes: number; laterSearchBytes: number[] };
  };
};

const htmlPages = (dir: string): number =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html'))
        .length
    : 0;

const bytesUnder = (dir: string): number =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);

const withoutOutput = ({ output: _, ...run }: TreeRun) => run;

function buildOurs(content: string, dist: string, cache: string, incremental = false): Promise<TreeRun> {
  const args = ['--import', 'tsx', siteBuild, '--outDir', dist, ...(incremental ? ['--incremental'] : [])];
  return runMeasured(process.execPath, args, {
    cwd: siteDir,
    env: { ...process.env, SUNDHED_CONTENT_DIR: content, SUNDHED_ASTRO_CACHE_DIR: cache },
  });
}

/** One lesson's text changes in content/ and is published: the time until page and index hold it. */
async function publishOneChange(
  content: string,
  dist: string,
  cache: string,
): Promise<{ seconds: number; word: string }> {
  const [name] = readdirSync(join(content, 'da', 'lessons')).sort();
  if (!name) throw new Error('No lesson to change.');
  const word = `rettelse${Date.now().toString(36)}`;
  const started = performance.now();
  // As the exporter writes it: the Danish file, and the English one where Danish stands in.
  for (const locale of ['da', 'en']) {
    const file = join(content, locale, 'lessons', name);
    const lesson = JSON.parse(readFileSync(file, 'utf8'));
    if (locale === 'en' && !lesson.fallback) continue;
    lesson.body.push({ type: 'paragraph', children: [{ type: 'text', text: `Opdateret: ${word}.` }] });
    writeFileSync(file, JSON.stringify(lesson, null, 2));
  }
  const run = await buildOurs(content, dist, cache, true);
  if (!/\[publish\] [12] change\(s\): building program\(s\) [a-z0-9-]+ and/.test(run.output))
    throw new Error(`The publish did not take the one change alone:\n${run.output.slice(-4000)}`);
  if (run.exitCode !== 0) throw new Error(`The publish build failed:\n${run.output.slice(-4000)}`);
  return { seconds: (performance.now() - started) / 1000, word };
}

export async function runSize(lessons: number, work: string, starlightBound: number): Promise<SizeReport> {
  const root = join(work, String(lessons));
  const content = join(root, 'content');
  const dist = join(root, 'dist');
  const cache = join(root, 'astro-cache');
  mkdirSync(root, { recursive: true });
  console.log(`\n== ${lessons} lessons ==`);
  const written = generateContent(content, lessons);
  console.log(`generated ${written.files} files (${written.programs} programs)`);

  const build = await buildOurs(content, dist, cache);
  if (build.exitCode !== 0) throw new Error(`Our build failed at ${lessons} lessons:\n${build.output.slice(-4000)}`);
  const indexed = /\[search\] indexed \d+ of \d+ pages in (\d+) ms/.exec(build.output);
  console.log(`our build: ${build.seconds.toFixed(1)} s, peak ${(build.peakTreeBytes / 2 ** 30).toFixed(2)} GiB`);

  const docs = join(root, 'starlight-docs');
  const starlightDist = join(root, 'starlight-dist');
  const browser = await chromium.launch(chromiumLaunchOptions);
  const origin = `http://127.0.0.1:${port}`;
  let search: SizeReport['search'];
  let lessonPageBytes: number;
  let changed: { seconds: number; word: string };
  let starlightSearchBytes: SizeReport['search'] | undefined;
  let starlightPages: number;
  let pagesBuilt: number;
  let starlightBuild: TreeRun;
  try {
    const server = await serveStatic(dist, port);
    try {
      const lessonPath = firstLessonPath(dist);
      lessonPageBytes = await measurePageBytes(browser, `${origin}${lessonPath}`);
      search = await measureSearchBytes(browser, origin, ourSearch);
      changed = await publishOneChange(content, dist, cache);
      await expectLive(browser, origin, changed.word);
    } finally {
      server.close();
    }
    console.log(`one changed lesson live in ${changed.seconds.toFixed(1)} s`);

    // Starlight adds its own 404 page.
    starlightPages = writeStarlightDocs(content, docs) + 1;
    starlightBuild = await runMeasured(
      process.execPath,
      [astroBin, 'build', '--root', starlightDir, '--outDir', starlightDist],
      {
        cwd: starlightDir,
        env: { ...process.env, BENCH_STARLIGHT_DOCS: docs },
        boundSeconds: starlightBound,
      },
    );
    pagesBuilt = htmlPages(starlightDist);
    console.log(`starlight: ${starlightBuild.seconds.toFixed(1)} s, ${pagesBuilt} pages`);
    if (starlightBuild.exitCode === 0 && pagesBuilt < starlightPages)
      throw new Error(
        `Starlight built ${pagesBuilt} of ${starlightPages} pages:\n${starlightBuild.output.slice(-4000)}`,
      );
    if (starlightBuild.exitCode === 0 && !starlightBuild.stopped) {
      const starlightServer = await serveStatic(starlightDist, port);
      try {
        const programDir = readdirSync(docs).find((name) => name !== 'sidebar.json') ?? '';
        starlightSearchBytes = await measureSearchBytes(browser, origin, starlightSearch(`/${programDir}/`));
      } finally {
        starlightServer.close();
      }
    } else if (!starlightBuild.stopped) {
      throw new Error(`Starlight failed at ${lessons} lessons:\n${starlightBuild.output.slice(-4000)}`);
    }
  } finally {
    await browser.close();
  }

  return {
    lessons,
    pages: htmlPages(dist),
    build: withoutOutput(build),
    pagefindSeconds: indexed ? Number(indexed[1]) / 1000 : Number.NaN,
    indexBytes: bytesUnder(join(dist, 'pagefind')),
    lessonPageBytes,
    search,
    changedLessonSeconds: changed.seconds,
    starlight: {
      pages: starlightPages,
      pagesBuilt,
      build: withoutOutput(starlightBuild),
      ...(starlightSearchBytes ? { search: starlightSearchBytes } : {}),
    },
  };
}

/** The first lesson page of the first program, as the site links it. */
function firstLessonPath(dist: string): string {
  const programs = join(dist, 'forloeb');
  for (const program of readdirSync(programs).sort())
    for (const module of readdirSync(join(programs, program)).sort()) {
      const moduleDir = join(programs, program, module);
      if (!statSync(moduleDir).isDirectory()) continue;
      const lesson = readdirSync(moduleDir)
        .sort()
        .find((name) => statSync(join(moduleDir, name)).isDirectory());
      if (lesson) return `/forloeb/${program}/${module}/${lesson}/`;
    }
  throw new Error('The build has no lesson page.');
}

/** The changed word is on a lesson page and found by search. */
async function expectLive(browser: Browser, origin: string, word: string) {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/soeg/`);
    const urls: string[] = await page.evaluate(async (term) => {
      const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      const { results } = await pagefind.search(term);
      return Promise.all(
        results.map(async (result: { data: () => Promise<{ url: string }> }) => (await result.data()).url),
      );
    }, word);
    if (urls.length !== 1) throw new Error(`Search for the changed word found ${urls.length} pages, not 1.`);
    const html = await (await fetch(`${origin}${urls[0]}`)).text();
    if (!html.includes(word))
      throw new Error(`The page search found for the changed word does not show it: ${urls[0]}`);
  } finally {
    await page.close();
  }
}
