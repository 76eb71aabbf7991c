import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export type WriteSummary = { added: string[]; changed: string[]; removed: string[]; unchanged: number };

type Contents = string | Buffer;

/*
 * Makes each managed folder hold exactly `files` (JSON text, or media bytes): writes only what changed (so diffs of content/
 * show real edits), removes what is no longer published, leaves everything else alone.
 */
export function writeFiles(root: string, managedDirs: string[], files: Map<string, Contents>): WriteSummary {
  const summary: WriteSummary = { added: [], changed: [], removed: [], unchanged: 0 };

  for (const dir of managedDirs) {
    let existing: string[] = [];
    try {
      existing = readdirSync(join(root, dir), { withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => entry.name);
    } catch {
      existing = [];
    }
    for (const name of existing) {
      const path = `${dir}/${name}`;
      if (!files.has(path)) {
        rmSync(join(root, path));
        summary.removed.push(path);
      }
    }
  }

  for (const [path, contents] of [...files].sort(([a], [b]) => a.localeCompare(b, 'en'))) {
    const target = join(root, path);
    let before: Buffer | undefined;
    try {
      before = readFileSync(target);
    } catch {
      before = undefined;
    }
    if (before?.equals(typeof contents === 'string' ? Buffer.from(contents) : contents)) {
      summary.unchanged += 1;
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, contents);
    (before === undefined ? summary.added : summary.changed).push(path);
  }
  return summary;
}
