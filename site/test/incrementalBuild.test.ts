import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentRoot } from '@sundhed/content';
import { afterAll, describe, expect, it } from 'vitest';

/*
 * A publish that builds only what changed gives the same site, byte for byte and search index
 * included, as a fresh build of the same content (scripts/build.ts --incremental).
 */

const work = mkdtempSync(join(tmpdir(), 'incremental-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const content = join(work, 'content');
cpSync(contentRoot, content, { recursive: true });
const buildScript = fileURLToPath(new URL('../scripts/build.ts', import.meta.url));

function build(outDir: string, incremental: boolean): string {
  const { status, stdout, stderr } = spawnSync(
    process.execPath,
    ['--import', 'tsx', buildScript, '--outDir', outDir, ...(incremental ? ['--incremental'] : [])],
    {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      env: {
        ...process.env,
        SUNDHED_CONTENT_DIR: content,
        SUNDHED_ASTRO_CACHE_DIR: join(work, `cache-${outDir.split('/').pop()}`),
      },
      encoding: 'utf8',
    },
  );
  if (status !== 0) throw new Error(`build failed:\n${stdout}\n${stderr}`);
  return stdout;
}

/** Every file of a built site with its bytes, by path. */
function files(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(dir.length), readFileSync(path)] as const;
      }),
  );
}

function edit(path: string, change: (document: Record<string, unknown>) => void) {
  const file = join(content, path);
  const document = JSON.parse(readFileSync(file, 'utf8'));
  change(document);
  writeFileSync(file, JSON.stringify(document, null, 2));
}

describe('an incremental publish', () => {
  const live = join(work, 'live');

  it('builds one program and the pages outside the programs, and gives what a fresh build gives', () => {
    build(live, false);
    edit('da/lessons/maal-dit-blodsukker.json', (lesson) => {
      lesson.title = 'Mål dit blodsukker hjemme';
      (lesson.body as unknown[]).push({ type: 'paragraph', children: [{ type: 'text', text: 'Skriv tallene ned.' }] });
    });
    const log = build(live, true);
    expect(log).toContain('[publish] 1 change(s): building program(s) lev-livet-med-type-2-diabetes');
    expect(log).not.toContain('building every page');

    const fresh = join(work, 'fresh');
    build(fresh, false);
    const [incremental, expected] = [files(live), files(fresh)];
    expect([...incremental.keys()].sort()).toEqual([...expected.keys()].sort());
    const differing = [...expected].filter(([path, bytes]) => !incremental.get(path)?.equals(bytes)).map(([p]) => p);
    expect(differing).toEqual([]);
    expect(
      incremental
        .get('/forloeb/lev-livet-med-type-2-diabetes/forstaa-din-diabetes/maal-dit-blodsukker/index.html')
        ?.toString(),
    ).toContain('Skriv tallene ned.');
  }, 240_000);

  it('publishes an article and a new media file without building any program, as a fresh build would', () => {
    edit('da/articles/sov-godt-med-diabetes.json', (article) => {
      article.summary = 'Søvn, blodsukker og gode vaner om aftenen.';
    });
    writeFileSync(join(content, 'media/0123456789abcdef.pdf'), '%PDF-1.4 ny fil');
    const log = build(live, true);
    expect(log).toContain('[publish] 2 change(s): building program(s) (none)');
    const fresh = join(work, 'fresh-article');
    build(fresh, false);
    const [incremental, expected] = [files(live), files(fresh)];
    expect([...incremental.keys()].sort()).toEqual([...expected.keys()].sort());
    expect([...expected].filter(([path, bytes]) => !incremental.get(path)?.equals(bytes)).map(([p]) => p)).toEqual([]);
    expect(incremental.has('/media/0123456789abcdef.pdf')).toBe(true);
  }, 240_000);

  it('does nothing when nothing changed, and builds everything when a document is removed', () => {
    expect(build(live, true)).toContain('[publish] nothing changed in content/ since the last build');
    rmSync(join(content, 'da/glossary/insulin.json'));
    expect(build(live, true)).toContain('[publish] building every page: da/glossary/insulin.json was removed');
  }, 240_000);

  it('refuses an output folder that would hold the site itself, before deleting anything', () => {
    expect(() => build(fileURLToPath(new URL('..', import.meta.url)), false)).toThrow(
      /would hold the site's own files/,
    );
  });
});
