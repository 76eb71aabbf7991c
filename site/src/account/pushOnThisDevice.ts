import { startOfflineSupport } from '../offline/register.ts';

/*
 * Push notices in this browser (Min konto): offered where the browser can (a service worker, the
 * Push API, notifications) and the build has a VAPID key. Turning them on asks the browser's
 * permission, subscribes with the key, and saves the subscription for the signed-in person;
 * turning them off unsubscribes and removes it. What the browser cannot do is said plainly.
 */

export type PushState = 'unsupported' | 'blocked' | 'on' | 'off';
type Save = (subscription: { endpoint: string; keys: { p256dh: string; auth: string } }) => Promise<void>;
type Remove = (endpoint: string) => Promise<void>;

const supported = (key: string) =>
  key !== '' && 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;

async function currentSubscription(): Promise<PushSubscription | null> {
  const registration = await navigator.serviceWorker.getRegistration();
  return (await registration?.pushManager.getSubscription()) ?? null;
}

export async function pushState(key: string): Promise<PushState> {
  if (!supported(key)) return 'unsupported';
  if (Notification.permission === 'denied') return 'blocked';
  return (await currentSubscription()) ? 'on' : 'off';
}

export class PushRefused extends Error {}

export async function turnPushOn(key: string, save: Save): Promise<void> {
  if ((await Notification.requestPermission()) !== 'granted') throw new PushRefused('permission');
  await startOfflineSupport();
  const registration = await navigator.serviceWorker.ready;
  const subscription = await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
  const { endpoint, keys } = subscription.toJSON();
  if (!endpoint || !keys?.p256dh || !keys.auth) throw new PushRefused('subscription');
  try {
    await save({ endpoint, keys: { p256dh: keys.p256dh, auth: keys.auth } });
  } catch (error) {
    // Not saved: not subscribed either, so the browser's state says what is true.
    await subscription.unsubscribe();
    throw error;
  }
}

export async function turnPushOff(remove: Remove): Promise<void> {
  const subscription = await currentSubscription();
  if (!subscription) return;
  await remove(subscription.endpoint);
  await subscription.unsubscribe();
}

/** Forgetting this device: the browser stops receiving anyone's notices (the sender forgets it). */
export async function unsubscribeThisDevice(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  await (await currentSubscription().catch(() => null))?.unsubscribe();
}
