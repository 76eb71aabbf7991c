import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../e2e/chromium.ts';

describe('finding the browser the tests drive', () => {
  it('takes CHROMIUM_PATH when it can be run, and says how to get one when it cannot', () => {
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toEqual({ path: process.execPath });
    const notABrowser = join(mkdtempSync(join(tmpdir(), 'sundhed-chromium-')), 'chromium');
    writeFileSync(notABrowser, 'not a program', { mode: 0o644 });
    for (const path of [notABrowser, '/findes/ikke/chromium']) {
      const found = findChromium({ CHROMIUM_PATH: path });
      expect(found).toEqual({ problem: expect.stringContaining(`CHROMIUM_PATH=${path}`) });
      expect('problem' in found && found.problem).toMatch(/apt-get install chromium.*npx playwright install chromium/);
    }
  });
});
