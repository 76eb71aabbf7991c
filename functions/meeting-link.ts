// Relative imports, so the bundler puts the adapters (TypeScript) inside the function.
import { createSundhedClient, type MeetingAccess, MeetingRefused, meetingsAdapter } from '../supabase/src/index.ts';
import type { MeetingProvider } from './lib/meetings/provider.ts';
import { NoMeetingLink, ProviderFailed } from './lib/meetings/provider.ts';
import { firstIssue, meetingRequestLimit, meetingRequestSchema } from './lib/meetings/request.ts';
import { meetingProvider } from './lib/meetings/settings.ts';
import { BodyTooLarge, cappedText } from './lib/requestBody.ts';
import { type FunctionSettings, functionSettings, settingsMessage } from './lib/settings.ts';

/*
 * POST /api/moede with the person's Supabase access token (Authorization: Bearer) and
 * { kind: 'webinar' | 'appointment', id }: the address of the video meeting to open, { url }.
 * The database is asked as that person (meeting_for_me): whether they may join now, and as what;
 * this function only makes the configured provider's address (lib/meetings/). The provider's
 * secrets stay here; the address made is for this person and this meeting only.
 */

const noStore = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' };
const answer = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { ...noStore, ...headers } });

const refusalStatus = { 'not-signed-in': 401, 'not-found': 404, 'not-registered': 403, 'not-open': 403 } as const;

/** The bearer token, or null: the function never asks the database without one. */
function bearerToken(request: Request): string | null {
  const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(
    request.headers.get('authorization') ?? '',
  );
  return match?.[1] ?? null;
}

async function access(settings: FunctionSettings, token: string, kind: 'webinar' | 'appointment', id: string) {
  const client = createSundhedClient({
    url: settings.supabaseUrl,
    anonKey: settings.anonKey,
    persistSession: false,
    accessToken: token,
  });
  return meetingsAdapter(client).forMe(kind, id);
}

export default async function meetingLink(request: Request): Promise<Response> {
  if (request.method !== 'POST') return answer(405, { error: 'Use POST' }, { Allow: 'POST' });
  const token = bearerToken(request);
  if (!token)
    return answer(
      401,
      { error: 'Sign in first: Authorization: Bearer <access token>' },
      { 'WWW-Authenticate': 'Bearer' },
    );

  if (!/^application\/json\s*(;|$)/i.test(request.headers.get('content-type') ?? ''))
    return answer(415, { error: 'Send Content-Type: application/json' });
  let text: string;
  try {
    text = await cappedText(request, meetingRequestLimit);
  } catch (error) {
    if (error instanceof BodyTooLarge) return answer(413, { error: error.message });
    return answer(400, { error: 'The body must be UTF-8 JSON' });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return answer(400, { error: 'The body is not JSON' });
  }
  const parsed = meetingRequestSchema.safeParse(body);
  if (!parsed.success) return answer(400, { error: firstIssue(parsed.error) });

  let settings: FunctionSettings;
  let provider: MeetingProvider;
  try {
    settings = functionSettings();
    provider = meetingProvider();
  } catch (error) {
    return answer(500, { error: settingsMessage(error) });
  }

  let meeting: MeetingAccess;
  try {
    meeting = await access(settings, token, parsed.data.kind, parsed.data.id);
  } catch (error) {
    if (error instanceof MeetingRefused)
      return answer(refusalStatus[error.reason], {
        error: error.message,
        reason: error.reason,
        ...(error.opensAt ? { opensAt: error.opensAt } : {}),
      });
    // The error's kind and code only: nothing that could carry the token.
    console.error('[meeting-link] the database did not answer:', (error as { code?: string }).code ?? 'no code');
    return answer(503, { error: 'Try again later' }, { 'Retry-After': '30' });
  }

  try {
    return answer(200, { url: await provider.joinUrl(meeting), provider: provider.name, role: meeting.role });
  } catch (error) {
    if (error instanceof NoMeetingLink) return answer(409, { error: error.message, reason: 'no-link' });
    if (error instanceof ProviderFailed) {
      console.error(`[meeting-link] ${error.message}`);
      return answer(502, { error: 'The video service did not answer; try again shortly' });
    }
    throw error;
  }
}

export const config = { path: '/api/moede' };
