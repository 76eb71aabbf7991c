import webpush from 'web-push';
import type { PushTarget } from '../../supabase/src/notifications.ts';
import type { PushNotice } from './notices.ts';

/*
 * Web push (RFC 8030) with VAPID (RFC 8292) and the message encrypted for the browser (RFC 8291,
 * aes128gcm): the web-push library makes the request, and fetch sends it, so the same code talks
 * to a browser's push service and to a test's. The keys come from the environment: all three or
 * none (then no push is sent, and the site offers none).
 */

export type VapidSettings = { publicKey: string; privateKey: string; subject: string };

const names = ['VAPID_PUBLIC_KEY', 'VAPID_PRIVATE_KEY', 'VAPID_SUBJECT'] as const;

export function vapidSettings(env: Record<string, string | undefined> = process.env): VapidSettings | undefined {
  const given = names.filter((name) => env[name]?.trim());
  if (given.length === 0) return undefined;
  if (given.length < names.length) {
    throw new Error(
      `Web push needs all of ${names.join(', ')}; missing: ${names.filter((n) => !given.includes(n)).join(', ')}`,
    );
  }
  const subject = String(env.VAPID_SUBJECT).trim();
  if (!/^(mailto:|https:\/\/)/.test(subject)) throw new Error('VAPID_SUBJECT must be a mailto: or https: address');
  return { publicKey: String(env.VAPID_PUBLIC_KEY).trim(), privateKey: String(env.VAPID_PRIVATE_KEY).trim(), subject };
}

export type PushOutcome = 'sent' | 'gone' | 'failed';

export async function sendPush(target: PushTarget, notice: PushNotice, vapid: VapidSettings): Promise<PushOutcome> {
  const request = webpush.generateRequestDetails(
    { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
    JSON.stringify(notice),
    { vapidDetails: vapid, TTL: 24 * 60 * 60, contentEncoding: 'aes128gcm', urgency: 'normal' },
  );
  try {
    const answer = await fetch(request.endpoint, {
      method: 'POST',
      headers: Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)])),
      body: request.body ? new Uint8Array(request.body) : null,
      signal: AbortSignal.timeout(10_000),
    });
    // The browser unsubscribed, or the subscription expired: it will never work again.
    if (answer.status === 404 || answer.status === 410) return 'gone';
    return answer.ok ? 'sent' : 'failed';
  } catch {
    return 'failed';
  }
}
