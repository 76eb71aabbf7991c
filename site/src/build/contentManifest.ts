import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { contentLocales, mediaDir } from '@sundhed/content';
import { forEachBounded } from './boundedWork.ts';

/*
 * What a build was made from: a sha256 per file of content/ ("da/lessons/x.json", "media/…").
 * A publish compares the manifest of the last build with the content now to see what changed.
 */

export type ContentManifest = Record<string, string>;

/** What the site is built from; content/ also holds the schemas' code and tests. */
const published = [...contentLocales, mediaDir];

/** Streamed, so a large video costs no more memory than a small picture. */
function sha256(file: string): Promise<string> {
  return new Promise((done, fail) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => done(hash.digest('hex')))
      .on('error', fail);
  });
}

export async function contentManifest(contentDir: string): Promise<ContentManifest> {
  const files: string[] = [];
  for (const part of published) {
    if (!existsSync(join(contentDir, part))) continue;
    const entries = await readdir(join(contentDir, part), { recursive: true, withFileTypes: true });
    for (const entry of entries) if (entry.isFile()) files.push(join(entry.parentPath, entry.name));
  }
  const manifest: ContentManifest = {};
  await forEachBounded(files, 16, async (file) => {
    manifest[relative(contentDir, file).split(sep).join('/')] = await sha256(file);
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
