import { localVapidKeys } from '../../../scripts/backend/localVapidKeys.ts';

/*
 * The VAPID public key the browser subscribes to push with: VAPID_PUBLIC_KEY when set (a deploy
 * sets it with the private key the functions use), the local key pair for a build against the local
 * stack, and none otherwise: then the site offers no push (README, "Web push").
 */
export function vapidPublicKey(env: NodeJS.ProcessEnv, localStack: boolean): string {
  const key = env.VAPID_PUBLIC_KEY?.trim();
  if (key) {
    // A P-256 public key, uncompressed (65 bytes), base64url: 87 characters.
    if (!/^[A-Za-z0-9_-]{87}$/.test(key)) throw new Error('VAPID_PUBLIC_KEY must be a base64url P-256 public key');
    return key;
  }
  return localStack ? localVapidKeys().publicKey : '';
}
