import { InvalidSettings, MissingSettings } from '../settings.ts';
import { bigBlueButton, type ChecksumAlgorithm, checksumAlgorithms } from './bigBlueButton.ts';
import { fixedLink } from './fixed.ts';
import { jitsi } from './jitsi.ts';
import type { MeetingProvider, ProviderName } from './provider.ts';

/*
 * Which video meeting provider this deployment uses, from the environment, checked on the
 * function's first call: MEETING_PROVIDER (fixed, the default; bigbluebutton; jitsi) and that
 * provider's variables, all or none. Another provider's variables set beside it are refused too: a
 * secret left behind for a provider not in use is a mistake to point out, not to ignore. Messages
 * name variables, never values.
 */

type Env = Record<string, string | undefined>;

const providerVariables: Record<ProviderName, string[]> = {
  fixed: [],
  bigbluebutton: ['BBB_URL', 'BBB_SECRET', 'BBB_CHECKSUM_ALGORITHM'],
  jitsi: ['JITSI_DOMAIN', 'JITSI_APP_ID', 'JITSI_APP_SECRET', 'JITSI_JWT_AUDIENCE'],
};
const providerNames = Object.keys(providerVariables) as ProviderName[];

/** Shorter secrets are guessable offline from one signed address or token. */
const minSecretLength = 32;

const value = (env: Env, name: string) => env[name]?.trim() || undefined;

function requireAll(env: Env, names: string[], why: string): void {
  const missing = names.filter((name) => !value(env, name));
  if (missing.length) throw new MissingSettings(missing, why);
}

function longSecret(env: Env, name: string): string {
  const secret = String(value(env, name));
  if (secret.length < minSecretLength)
    throw new InvalidSettings(`${name} must be at least ${minSecretLength} characters`);
  return secret;
}

/** https, or http on this machine only (tests, a local server). */
function serverUrl(env: Env, name: string): URL {
  let url: URL;
  try {
    url = new URL(String(value(env, name)));
  } catch {
    throw new InvalidSettings(`${name} must be an https address`);
  }
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback))
    throw new InvalidSettings(`${name} must be an https address`);
  if (url.username || url.password || url.search || url.hash)
    throw new InvalidSettings(`${name} must have no user name, query or fragment`);
  return url;
}

function bigBlueButtonFrom(env: Env, fetchImpl: typeof fetch): MeetingProvider {
  requireAll(env, ['BBB_URL', 'BBB_SECRET'], 'MEETING_PROVIDER=bigbluebutton needs BBB_URL and BBB_SECRET');
  const url = serverUrl(env, 'BBB_URL');
  const apiUrl = url.href.replace(/\/+$/, '');
  if (!apiUrl.endsWith('/api'))
    throw new InvalidSettings('BBB_URL must be the API address, ending in /api (as `bbb-conf --secret` shows it)');
  const algorithm = (value(env, 'BBB_CHECKSUM_ALGORITHM') ?? 'sha256') as ChecksumAlgorithm;
  if (!checksumAlgorithms.includes(algorithm))
    throw new InvalidSettings(`BBB_CHECKSUM_ALGORITHM must be one of ${checksumAlgorithms.join(', ')}`);
  return bigBlueButton({ apiUrl, secret: longSecret(env, 'BBB_SECRET'), algorithm }, fetchImpl);
}

function jitsiFrom(env: Env): MeetingProvider {
  requireAll(env, ['JITSI_DOMAIN'], 'MEETING_PROVIDER=jitsi needs JITSI_DOMAIN');
  const domain = String(value(env, 'JITSI_DOMAIN')).toLowerCase();
  if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(:\d{1,5})?$/.test(domain))
    throw new InvalidSettings('JITSI_DOMAIN must be a host name such as meet.kommune.dk (no https://, no path)');
  const token = ['JITSI_APP_ID', 'JITSI_APP_SECRET'];
  const given = token.filter((name) => value(env, name));
  if (given.length === 0) {
    if (value(env, 'JITSI_JWT_AUDIENCE'))
      throw new InvalidSettings('JITSI_JWT_AUDIENCE is set, but JITSI_APP_ID and JITSI_APP_SECRET are not');
    return jitsi({ domain });
  }
  requireAll(env, token, 'Jitsi tokens need JITSI_APP_ID and JITSI_APP_SECRET together');
  return jitsi({
    domain,
    jwt: {
      appId: String(value(env, 'JITSI_APP_ID')),
      secret: longSecret(env, 'JITSI_APP_SECRET'),
      audience: value(env, 'JITSI_JWT_AUDIENCE') ?? 'jitsi',
    },
  });
}

/** The configured provider; throws MissingSettings or InvalidSettings. */
export function meetingProvider(env: Env = process.env, fetchImpl: typeof fetch = fetch): MeetingProvider {
  const name = (value(env, 'MEETING_PROVIDER') ?? 'fixed') as ProviderName;
  if (!providerNames.includes(name))
    throw new InvalidSettings(`MEETING_PROVIDER must be one of ${providerNames.join(', ')}`);
  const stray = providerNames
    .filter((other) => other !== name)
    .flatMap((other) => providerVariables[other].filter((variable) => value(env, variable)));
  if (stray.length)
    throw new InvalidSettings(
      `MEETING_PROVIDER is ${name}, but ${stray.join(', ')} ${stray.length === 1 ? 'is' : 'are'} set: remove ${stray.length === 1 ? 'it' : 'them'} or choose that provider`,
    );
  if (name === 'bigbluebutton') return bigBlueButtonFrom(env, fetchImpl);
  if (name === 'jitsi') return jitsiFrom(env);
  return fixedLink();
}
