import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import webpush from 'web-push';

/*
 * The local backend's VAPID key pair for web push, made once and kept in the git-ignored
 * `.local/` (readable by its owner only), like the JWT secret. A real deploy sets VAPID_PUBLIC_KEY,
 * VAPID_PRIVATE_KEY and VAPID_SUBJECT instead (README, "Web push").
 */

const keyFile = fileURLToPath(new URL('../../.local/vapid.json', import.meta.url));

export type VapidKeys = { publicKey: string; privateKey: string; subject: string };

export function localVapidKeys(file = keyFile): VapidKeys {
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(webpush.generateVAPIDKeys()), { mode: 0o600 });
  }
  chmodSync(file, 0o600);
  const { publicKey, privateKey } = JSON.parse(readFileSync(file, 'utf8')) as { publicKey: string; privateKey: string };
  return { publicKey, privateKey, subject: 'mailto:drift@sundhedscenter.local' };
}

/** As the functions read them (functions/lib/pushSender.ts). */
export const vapidEnvironment = ({ publicKey, privateKey, subject }: VapidKeys) => ({
  VAPID_PUBLIC_KEY: publicKey,
  VAPID_PRIVATE_KEY: privateKey,
  VAPID_SUBJECT: subject,
});
