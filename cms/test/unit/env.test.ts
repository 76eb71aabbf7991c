import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConfigError, resolvePayloadSecret } from '../../src/env.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sundhed-env-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const strong = 'x'.repeat(40);

describe('PAYLOAD_SECRET at start-up', () => {
  it.each([
    ['production', undefined],
    ['production', ''],
    ['production', '   '],
    ['test', undefined],
    [undefined, undefined],
  ])('stops start-up when NODE_ENV=%s and the secret is %j', (nodeEnv, secret) => {
    const file = join(dir, 'secret');
    expect(() => resolvePayloadSecret({ NODE_ENV: nodeEnv, PAYLOAD_SECRET: secret }, file)).toThrow(ConfigError);
    expect(() => resolvePayloadSecret({ NODE_ENV: nodeEnv, PAYLOAD_SECRET: secret }, file)).toThrow(
      /PAYLOAD_SECRET mangler/,
    );
    expect(existsSync(file)).toBe(false);
  });

  it('rejects a short secret in every environment', () => {
    expect(() => resolvePayloadSecret({ NODE_ENV: 'development', PAYLOAD_SECRET: 'hemmelig' })).toThrow(/for kort/);
  });

  it('uses the secret from the environment', () => {
    expect(resolvePayloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: strong })).toBe(strong);
  });

  it('makes a local secret once in development, says so, and reuses it', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const file = join(dir, 'data', '.payload-secret');
    const first = resolvePayloadSecret({ NODE_ENV: 'development' }, file);
    const second = resolvePayloadSecret({ NODE_ENV: 'development' }, file);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(second).toBe(first);
    expect(readFileSync(file, 'utf8').trim()).toBe(first);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/lokal udviklingsnøgle/);
    warn.mockRestore();
  });
});
