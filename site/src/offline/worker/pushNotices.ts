/*
 * Push notices in the service worker: a push from the notice function (functions/lib/pushSender.ts)
 * becomes a notification saying only that there is something new; choosing it opens the page it
 * names, on this site only, in a tab already open there if there is one. A push that is not ours
 * to read still shows a plain notice: browsers require every push to show one.
 */

type PushNotice = { title: string; body: string; lang: string; url: string };

function noticeOf(data: PushMessageData | null, origin: string): PushNotice {
  const fallback = { title: 'Sundhedscenter', body: 'Der er nyt til dig.', lang: 'da', url: `${origin}/` };
  try {
    const parsed = (data?.json() ?? {}) as Partial<Record<keyof PushNotice, unknown>>;
    const text = (value: unknown, or: string) => (typeof value === 'string' && value.trim() ? value.slice(0, 200) : or);
    const url = typeof parsed.url === 'string' ? new URL(parsed.url, origin) : undefined;
    return {
      title: text(parsed.title, fallback.title),
      body: text(parsed.body, fallback.body),
      lang: parsed.lang === 'en' ? 'en' : 'da',
      // A link elsewhere is not followed: the notice opens this site's front page instead.
      url: url && url.origin === origin ? url.href : fallback.url,
    };
  } catch {
    return fallback;
  }
}

export function listenForPush(scope: ServiceWorkerGlobalScope): void {
  scope.addEventListener('push', (event) => {
    const notice = noticeOf(event.data, scope.location.origin);
    event.waitUntil(
      scope.registration.showNotification(notice.title, {
        body: notice.body,
        lang: notice.lang,
        icon: '/icon-192.png',
        // One notice per page: a second answer replaces the first rather than pile up.
        tag: new URL(notice.url).pathname,
        data: { url: notice.url },
      }),
    );
  });

  scope.addEventListener('notificationclick', (event) => {
    event.notification.close();
    const url = String((event.notification.data as { url?: unknown } | null)?.url ?? `${scope.location.origin}/`);
    event.waitUntil(
      (async () => {
        const open = await scope.clients.matchAll({ type: 'window', includeUncontrolled: true });
        const there = open.find((client) => client.url === url);
        if (there) await there.focus();
        else await scope.clients.openWindow(url);
      })(),
    );
  });
}
