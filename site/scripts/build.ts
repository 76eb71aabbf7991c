import { spawnSync } from 'node:child_process';
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { contentRoot, mediaDir } from '@sundhed/content';
import { type ContentManifest, changesBetween, contentManifest } from '../src/build/contentManifest.ts';
import { publishScope } from '../src/build/publishScope.ts';
import { indexSite } from '../src/build/searchIndex.ts';
import { siteFingerprint } from '../src/build/siteFingerprint.ts';
import { locales } from '../src/i18n/locales.ts';
import { sitePaths } from '../src/lib/paths.ts';

/*
 * npm run build [-- --outDir DIR] [-- --incremental]
 *
 * Builds the site from content/ and then indexes it for search, as two steps: `astro build` runs
 * in its own process and has exited, its memory freed, before Pagefind starts.
 *
 * --incremental publishes what changed in content/ since the last build into the same folder:
 * only the programs the change belongs to, plus the pages outside the programs, are built
 * (build/publishScope.ts), laid over the last build, and the whole site is indexed again. When
 * the code, the settings or anything else changed, or there is no last build, it builds
 * everything. Either way the result is the site a fresh build would give
 * (site/test/incrementalBuild.test.ts). The last build's inputs are kept beside its output, in
 * <outDir>.build.json, written only once a publish has finished: a publish that fails part-way
 * leaves no record, so the next one builds everything.
 */

const { values } = parseArgs({
  options: { outDir: { type: 'string', default: 'dist' }, incremental: { type: 'boolean', default: false } },
});
const siteDir = fileURLToPath(new URL('..', import.meta.url));
const repo = resolve(siteDir, '..');
const outDir = resolve(siteDir, values.outDir);
// The output folder is emptied: it must be a folder of its own, never the site or a parent of it.
if (!values.outDir.trim() || !relative(outDir, siteDir).startsWith('..') || outDir === siteDir)
  throw new Error(
    `--outDir ${JSON.stringify(values.outDir)} would hold the site's own files; give a folder of its own.`,
  );
const stateFile = `${outDir}.build.json`;
const lockFile = `${outDir}.lock`;
const partial = `${outDir}.partial`;
const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

type BuildState = { fingerprint: string; content: ContentManifest };

function astroBuild(into: string, onlyPrograms?: string[]) {
  const env = { ...process.env };
  if (onlyPrograms) env.SUNDHED_ONLY_PROGRAMS = onlyPrograms.join(',');
  else delete env.SUNDHED_ONLY_PROGRAMS;
  const heap = heapMiB();
  const { status, signal } = spawnSync(
    process.execPath,
    [`--max-old-space-size=${heap}`, astro, 'build', '--root', siteDir, '--outDir', into],
    { stdio: 'inherit', env },
  );
  if (status !== 0)
    throw new Error(
      `astro build failed (${signal ? `stopped by ${signal}` : `exit ${status}`}; its heap was bounded at ${heap} MiB, SUNDHED_BUILD_HEAP_MIB sets another bound).`,
    );
}

/**
 * The heap Astro may use. Left to itself V8 lets garbage pile up to 2 GB and more before it
 * collects (10,000 lessons: 2.0 GB in Astro's process); bounded by what the content needs, the
 * same build peaks lower and is no slower. The bound grows with content/ so a larger catalogue
 * still fits (about eight times its JSON, never under 1,280 MiB); SUNDHED_BUILD_HEAP_MIB overrides it.
 */
function heapMiB(): number {
  const chosen = Number(process.env.SUNDHED_BUILD_HEAP_MIB);
  if (Number.isInteger(chosen) && chosen >= 256) return chosen;
  const bytes = readdirSync(contentRoot, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
  return Math.min(16_384, Math.max(1280, Math.ceil((8 * bytes) / 2 ** 20)));
}

async function index() {
  const { pages, indexed, milliseconds } = await indexSite(outDir);
  console.log(`[search] indexed ${indexed} of ${pages} pages in ${milliseconds} ms`);
}

const filesOf = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));

/**
 * Why the pages of a partial build cannot be laid over the last one, if they cannot: its scripts,
 * styles, headers and worker must be the last build's. (Media is not in a partial build.)
 */
function sharedFilesDiffer(): string | undefined {
  for (const file of filesOf(partial)) {
    if (file.endsWith('.html')) continue;
    const live = join(outDir, file);
    if (!existsSync(live) || !readFileSync(live).equals(readFileSync(join(partial, file))))
      return `${file} differs from the last build's`;
  }
  return undefined;
}

function readState(): BuildState | undefined {
  if (!existsSync(stateFile) || !existsSync(outDir)) return undefined;
  try {
    const state = JSON.parse(readFileSync(stateFile, 'utf8'));
    return typeof state?.fingerprint === 'string' && state.content && typeof state.content === 'object'
      ? state
      : undefined;
  } catch {
    return undefined;
  }
}

function writeState(state: BuildState) {
  writeFileSync(`${stateFile}.next`, JSON.stringify(state));
  renameSync(`${stateFile}.next`, stateFile);
}

async function buildEverything(why: string, state: BuildState) {
  console.log(`[publish] building every page: ${why}`);
  rmSync(outDir, { recursive: true, force: true });
  astroBuild(outDir);
  await index();
  writeState(state);
}

async function publish() {
  const now: BuildState = { fingerprint: siteFingerprint(repo), content: await contentManifest(contentRoot) };
  const last = values.incremental ? readState() : undefined;
  // From here the folder may change: until this publish has finished, there is no last build.
  rmSync(stateFile, { force: true });
  if (!values.incremental) return buildEverything('a full build', now);
  if (!last) return buildEverything('there is no finished last build to add to', now);
  if (last.fingerprint !== now.fingerprint) return buildEverything('the code or the settings changed', now);
  const changes = changesBetween(last.content, now.content);
  if (changes.length === 0) {
    writeState(now);
    return console.log('[publish] nothing changed in content/ since the last build');
  }
  const scope = publishScope(changes, contentRoot);
  if (scope.everything) return buildEverything(scope.why, now);

  console.log(
    `[publish] ${changes.length} change(s): building program(s) ${scope.programs.join(', ') || '(none)'} and the pages outside the programs`,
  );
  rmSync(partial, { recursive: true, force: true });
  try {
    astroBuild(partial, scope.programs);
    const differ = sharedFilesDiffer();
    if (differ) return await buildEverything(differ, now);
    // New media files (named by their bytes, so never a changed one) are copied as they are.
    for (const { path } of changes.filter((change) => change.path.startsWith(`${mediaDir}/`)))
      cpSync(join(contentRoot, path), join(outDir, path));
    // A program's pages are replaced whole, so a lesson taken out of it leaves no page behind.
    for (const locale of locales)
      for (const program of scope.programs)
        rmSync(join(outDir, sitePaths(locale).program(program)), { recursive: true, force: true });
    for (const file of filesOf(partial).filter((name) => name.endsWith('.html'))) {
      mkdirSync(dirname(join(outDir, file)), { recursive: true });
      cpSync(join(partial, file), join(outDir, file));
    }
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  await index();
  writeState(now);
}

/** One publish at a time per output folder; a lock left by a process that is gone is taken over. */
function lock(): () => void {
  try {
    const fd = openSync(lockFile, 'wx');
    writeFileSync(fd, String(process.pid));
    closeSync(fd);
  } catch {
    const holder = Number(readFileSync(lockFile, 'utf8'));
    let alive = false;
    try {
      process.kill(holder, 0);
      alive = holder !== process.pid;
    } catch {
      // No such process: the lock was left behind.
    }
    if (alive) throw new Error(`Another build (process ${holder}) is writing ${outDir}; wait for it to finish.`);
    writeFileSync(lockFile, String(process.pid));
  }
  return () => rmSync(lockFile, { force: true });
}

const unlock = lock();
try {
  await publish();
} finally {
  unlock();
}
