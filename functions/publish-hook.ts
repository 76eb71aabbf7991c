// Relative imports, so the bundler puts the shared notice rule inside the function.
import {
  checkPublishSignature,
  minPublishSecretLength,
  type PublishNotice,
  publishNoticeLimit,
  publishNoticeSchema,
  publishSecret,
} from '../content/src/publishNotice.ts';
import { BodyTooLarge, cappedText } from './lib/requestBody.ts';
import { InvalidSettings, MissingSettings, settingsMessage } from './lib/settings.ts';

/*
 * POST /api/publish: the CMS says content was published (cms/src/hooks/notifyPublish.ts), signed
 * with PUBLISH_HOOK_SECRET; this function checks the signature and its age, the notice's form, and
 * then calls Netlify's build hook (NETLIFY_BUILD_HOOK_URL), answering 202. The build hook's address
 * is itself a secret that starts builds: it stays here, and the CMS holds only the signing secret.
 * A notice replayed within its five minutes starts one more build, nothing else.
 */

const answer = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });

type PublishSettings = { secret: string; buildHook: URL };

function publishSettings(env: Record<string, string | undefined> = process.env): PublishSettings {
  const names = ['PUBLISH_HOOK_SECRET', 'NETLIFY_BUILD_HOOK_URL'];
  const missing = names.filter((name) => !env[name]?.trim());
  if (missing.length) throw new MissingSettings(missing);
  // Read as the CMS reads it (trimmed), so both sign with the same key.
  const secret = publishSecret(env.PUBLISH_HOOK_SECRET) ?? '';
  if (secret.length < minPublishSecretLength)
    throw new InvalidSettings(`PUBLISH_HOOK_SECRET must be at least ${minPublishSecretLength} characters`);
  let buildHook: URL;
  try {
    buildHook = new URL(String(env.NETLIFY_BUILD_HOOK_URL).trim());
  } catch {
    throw new InvalidSettings('NETLIFY_BUILD_HOOK_URL must be an https address');
  }
  const loopback = buildHook.hostname === '127.0.0.1' || buildHook.hostname === 'localhost';
  if (buildHook.protocol !== 'https:' && !(buildHook.protocol === 'http:' && loopback))
    throw new InvalidSettings('NETLIFY_BUILD_HOOK_URL must be an https address');
  return { secret, buildHook };
}

const refusals = {
  missing: 'Sign the notice: X-Sundhed-Signature and X-Sundhed-Timestamp',
  malformed: 'X-Sundhed-Signature must be sha256=<64 hex>, X-Sundhed-Timestamp unix seconds',
  stale: 'The notice is older (or newer) than five minutes',
  wrong: 'The signature does not match',
} as const;

async function startBuild(buildHook: URL, notice: PublishNotice): Promise<boolean> {
  const url = new URL(buildHook);
  // Netlify shows trigger_title in the deploy list: which document started the build.
  url.searchParams.set('trigger_title', `CMS: ${notice.collection}/${notice.id} ${notice.event}`);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(notice),
      signal: AbortSignal.timeout(10_000),
    });
    return response.ok;
  } catch {
    return false;
  }
}

export default async function publishHook(request: Request): Promise<Response> {
  if (request.method !== 'POST') return answer(405, { error: 'Use POST' }, { Allow: 'POST' });
  let settings: PublishSettings;
  try {
    settings = publishSettings();
  } catch (error) {
    return answer(500, { error: settingsMessage(error) });
  }

  let body: string;
  try {
    body = await cappedText(request, publishNoticeLimit);
  } catch (error) {
    if (error instanceof BodyTooLarge) return answer(413, { error: error.message });
    return answer(400, { error: 'The body must be UTF-8 JSON' });
  }
  // The signature before anything is read from the body: an unsigned body is not parsed at all.
  const check = checkPublishSignature(body, request.headers, settings.secret);
  if (check !== 'valid') return answer(401, { error: refusals[check] });

  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return answer(400, { error: 'The body is not JSON' });
  }
  const parsed = publishNoticeSchema.safeParse(json);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    return answer(400, { error: issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'invalid notice' });
  }

  if (!(await startBuild(settings.buildHook, parsed.data))) {
    console.error('[publish-hook] the build hook did not accept the call');
    return answer(502, { error: 'The build hook did not accept the call; try again' });
  }
  return answer(202, { ok: true });
}

export const config = { path: '/api/publish' };
