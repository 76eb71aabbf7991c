import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a Netlify build plugin is plain JavaScript.
import { keptPaths, onPostBuild, onPreBuild } from '../../netlify/plugins/keep-last-build/index.js';

/* Netlify's builds keep the last build in the build cache, so they can be incremental. */

const repo = fileURLToPath(new URL('../../', import.meta.url));

describe('the keep-last-build plugin', () => {
  it('restores the built site and its record before the build and saves them after', async () => {
    const calls: string[] = [];
    const utils = {
      cache: {
        restore: async (paths: string[]) => void calls.push(`restore ${paths.join(' ')}`),
        save: async (paths: string[]) => void calls.push(`save ${paths.join(' ')}`),
      },
    };
    await onPreBuild({ utils });
    await onPostBuild({ utils });
    expect(calls).toEqual(['restore site/dist site/dist.build.json', 'save site/dist site/dist.build.json']);
    expect(keptPaths[1]).toBe('site/dist.build.json');
  });

  it('is the plugin netlify.toml loads, and its build is incremental into the folder it publishes', () => {
    const config = parse(readFileSync(`${repo}netlify.toml`, 'utf8')) as {
      build: { command: string; publish: string };
      plugins: { package: string }[];
    };
    expect(config.plugins.map((plugin) => plugin.package)).toContain('./netlify/plugins/keep-last-build');
    expect(existsSync(`${repo}netlify/plugins/keep-last-build/manifest.yml`)).toBe(true);
    expect(config.build.publish).toBe(keptPaths[0]);
    const scripts = JSON.parse(readFileSync(`${repo}package.json`, 'utf8')).scripts;
    expect(config.build.command).toBe('npm run build:incremental');
    expect(scripts['build:incremental']).toContain('npm run build -w site -- --incremental');
  });
});
