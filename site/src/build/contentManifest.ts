import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { forEachBounded } from './boundedWork.ts';

/*
 * What a build was made from: a sha256 per file of content/ ("da/lessons/x.json", "media/…").
 * A publish compares the manifest of the last build with the content now to see what changed.
 */

export type ContentManifest = Record<string, string>;

export async function contentManifest(contentDir: string): Promise<ContentManifest> {
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  const manifest: ContentManifest = {};
  await forEachBounded(files, 16, async (file) => {
    manifest[relative(contentDir, file).split(sep).join('/')] = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
  });
  return Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
}

export type ContentChange = { path: string; kind: 'added' | 'changed' | 'removed' };

export function changesBetween(before: ContentManifest, now: ContentManifest): ContentChange[] {
  const changes: ContentChange[] = [];
  for (const [path, hash] of Object.entries(now)) {
    if (!(path in before)) changes.push({ path, kind: 'added' });
    else if (before[path] !== hash) changes.push({ path, kind: 'changed' });
  }
  for (const path of Object.keys(before)) if (!(path in now)) changes.push({ path, kind: 'removed' });
  return changes;
}
