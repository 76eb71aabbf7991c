import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { contentRoot } from '@sundhed/content';
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
 * (build/publishScope.ts), copied over the last build, and the whole site is indexed again. When
 * the code, the settings or anything outside lessons, modules, programs, articles and the glossary
 * changed, or there is no last build, it builds everything. Either way the result is the site a
 * fresh build would give (site/test/incrementalBuild.test.ts).
 */

const { values } = parseArgs({
  options: { outDir: { type: 'string', default: 'dist' }, incremental: { type: 'boolean', default: false } },
});
const siteDir = fileURLToPath(new URL('..', import.meta.url));
const repo = resolve(siteDir, '..');
const outDir = resolve(siteDir, values.outDir);
/** The last build's inputs, beside its output (not published). */
const stateFile = `${outDir}.build.json`;
const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

type BuildState = { fingerprint: string; content: ContentManifest };

function astroBuild(into: string, onlyPrograms?: string[]) {
  const env = { ...process.env };
  if (onlyPrograms) env.SUNDHED_ONLY_PROGRAMS = onlyPrograms.join(',');
  else delete env.SUNDHED_ONLY_PROGRAMS;
  const heap = `--max-old-space-size=${heapMiB()}`;
  const { status } = spawnSync(process.execPath, [heap, astro, 'build', '--root', siteDir, '--outDir', into], {
    stdio: 'inherit',
    env,
  });
  if (status !== 0) throw new Error(`astro build failed (exit ${status}).`);
}

/**
 * The heap Astro may use. Left to itself V8 lets garbage pile up to 2 GB and more before it
 * collects (10,000 lessons: 2.0 GB in Astro's process); bounded by what the content needs, the
 * same build peaks lower and is no slower. The bound grows with content/ so a larger catalogue
 * still fits (about eight times its JSON, never under 1,280 MiB).
 */
function heapMiB(): number {
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
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));

/** Why the pages of a partial build cannot be laid over the last one, if they cannot. */
function sharedFilesDiffer(partial: string): string | undefined {
  for (const file of filesOf(partial)) {
    if (file.endsWith('.html')) continue;
    const live = join(outDir, file);
    if (!existsSync(live) || !readFileSync(live).equals(readFileSync(join(partial, file))))
      return `${file} differs from the last build's`;
  }
  return undefined;
}

async function buildEverything(why: string, state: BuildState) {
  console.log(`[publish] building every page: ${why}`);
  rmSync(outDir, { recursive: true, force: true });
  astroBuild(outDir);
  await index();
  writeFileSync(stateFile, JSON.stringify(state));
}

async function publish() {
  const now: BuildState = { fingerprint: siteFingerprint(repo), content: await contentManifest(contentRoot) };
  const last: BuildState | undefined =
    values.incremental && existsSync(stateFile) && existsSync(outDir)
      ? JSON.parse(readFileSync(stateFile, 'utf8'))
      : undefined;
  if (!values.incremental) return buildEverything('a full build', now);
  if (!last) return buildEverything('there is no last build to add to', now);
  if (last.fingerprint !== now.fingerprint) return buildEverything('the code or the settings changed', now);
  const changes = changesBetween(last.content, now.content);
  if (changes.length === 0) return console.log('[publish] nothing changed in content/ since the last build');
  const scope = publishScope(changes, contentRoot);
  if (scope.everything) return buildEverything(scope.why, now);

  console.log(
    `[publish] ${changes.length} change(s): building program(s) ${scope.programs.join(', ') || '(none)'} and the pages outside the programs`,
  );
  const partial = `${outDir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  astroBuild(partial, scope.programs);
  const differ = sharedFilesDiffer(partial);
  if (differ) {
    rmSync(partial, { recursive: true, force: true });
    return buildEverything(differ, now);
  }
  // A program's pages are replaced whole, so a lesson taken out of it leaves no page behind.
  for (const locale of locales)
    for (const program of scope.programs)
      rmSync(join(outDir, sitePaths(locale).program(program)), { recursive: true, force: true });
  for (const file of filesOf(partial).filter((name) => name.endsWith('.html')))
    cpSync(join(partial, file), join(outDir, file));
  rmSync(partial, { recursive: true, force: true });
  await index();
  writeFileSync(stateFile, JSON.stringify(now));
}

await publish();
