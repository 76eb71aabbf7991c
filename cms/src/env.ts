import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { cmsDataDir } from './paths.ts';

/*
 * Configuration read from the environment and checked at start-up. There is no default secret:
 * outside development a missing PAYLOAD_SECRET stops the CMS; in development a random local secret
 * is made once, kept in cms/data (git-ignored), and announced.
 */

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

export function isDevelopment(env: Env = process.env): boolean {
  return env.NODE_ENV === 'development';
}

export function resolvePayloadSecret(
  env: Env = process.env,
  localSecretFile = `${cmsDataDir}/.payload-secret`,
): string {
  const secret = env.PAYLOAD_SECRET?.trim();
  if (secret) {
    if (secret.length < 32) {
      throw new ConfigError('PAYLOAD_SECRET er for kort: brug mindst 32 tegn (fx `openssl rand -hex 32`).');
    }
    return secret;
  }
  if (!isDevelopment(env)) {
    throw new ConfigError(
      'PAYLOAD_SECRET mangler. Sæt den i miljøet (fx `export PAYLOAD_SECRET=$(openssl rand -hex 32)`). ' +
        'Kun med NODE_ENV=development laves en lokal nøgle automatisk.',
    );
  }
  if (existsSync(localSecretFile)) return readFileSync(localSecretFile, 'utf8').trim();
  const generated = randomBytes(32).toString('hex');
  mkdirSync(dirname(localSecretFile), { recursive: true });
  writeFileSync(localSecretFile, `${generated}\n`, { mode: 0o600 });
  console.warn(`[cms] PAYLOAD_SECRET er ikke sat: bruger en lokal udviklingsnøgle i ${localSecretFile}.`);
  return generated;
}
