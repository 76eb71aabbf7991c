import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFiles } from '../export/writeFiles.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sundhed-write-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('writing content files incrementally', () => {
  it('adds, rewrites only what changed, and removes what is no longer published', () => {
    writeFiles(
      root,
      ['da/lessons'],
      new Map([
        ['da/lessons/a.json', 'A\n'],
        ['da/lessons/b.json', 'B\n'],
      ]),
    );
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(join(root, 'da/lessons/a.json'), past, past);

    const summary = writeFiles(
      root,
      ['da/lessons'],
      new Map([
        ['da/lessons/a.json', 'A\n'],
        ['da/lessons/c.json', 'C\n'],
      ]),
    );

    expect(summary).toEqual({
      added: ['da/lessons/c.json'],
      changed: [],
      removed: ['da/lessons/b.json'],
      unchanged: 1,
    });
    expect(statSync(join(root, 'da/lessons/a.json')).mtime.getTime()).toBe(past.getTime());
  });

  it('reports a changed file and leaves files outside the managed folders alone', () => {
    mkdirSync(join(root, 'da/lessons'), { recursive: true });
    writeFileSync(join(root, 'da/lessons/a.json'), 'old\n');
    writeFileSync(join(root, 'da/README.md'), 'keep');
    const summary = writeFiles(root, ['da/lessons'], new Map([['da/lessons/a.json', 'new\n']]));
    expect(summary.changed).toEqual(['da/lessons/a.json']);
    expect(readFileSync(join(root, 'da/lessons/a.json'), 'utf8')).toBe('new\n');
    expect(readFileSync(join(root, 'da/README.md'), 'utf8')).toBe('keep');
  });
});
