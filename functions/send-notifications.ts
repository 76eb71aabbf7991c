// Relative imports, so the bundler puts the adapters (TypeScript) inside the function.
import { createSundhedClient, notificationsAdapter } from '../supabase/src/index.ts';
import { smtpMailer } from './lib/mailer.ts';
import { noticeMail, noticePush } from './lib/notices.ts';
import { sendPush, vapidSettings } from './lib/pushSender.ts';
import { functionSettings } from './lib/settings.ts';

/*
 * Every 5 minutes (Netlify's scheduler; locally `npm start` calls it every minute): queue the
 * reminders that are due, then send the waiting notices by e-mail, and by push to the browsers
 * people turned it on in (when the VAPID keys are set). A mail that cannot go is put back for the
 * next run; a browser whose push service says it is gone is forgotten. Needs the service-role key,
 * SMTP_URL, MAIL_FROM and SITE_URL.
 */

export default async function sendNotifications(): Promise<Response> {
  const settings = functionSettings();
  const missing = ['SMTP_URL', 'MAIL_FROM', 'SITE_URL'].filter((name) => !process.env[name]?.trim());
  if (!settings.serviceRoleKey) missing.unshift('SUPABASE_SERVICE_ROLE_KEY');
  if (missing.length)
    return Response.json({ error: `Missing environment variables: ${missing.join(', ')}` }, { status: 500 });

  const client = createSundhedClient({
    url: settings.supabaseUrl,
    anonKey: String(settings.serviceRoleKey),
    persistSession: false,
  });
  const queue = notificationsAdapter(client);
  const vapid = vapidSettings();
  const siteUrl = String(process.env.SITE_URL);
  const mailer = smtpMailer(String(process.env.SMTP_URL), String(process.env.MAIL_FROM));
  const failed: number[] = [];
  let sent = 0;
  let pushed = 0;
  try {
    const queued = await queue.queueDueReminders();
    const notices = await queue.claim();
    for (const notice of notices) {
      if (!notice.email) continue;
      try {
        await mailer.send(noticeMail(notice.kind, notice.email, siteUrl));
        sent += 1;
      } catch {
        failed.push(notice.id);
      }
    }
    if (vapid) {
      for (const target of await queue.pushTargets(notices.map(({ id }) => id))) {
        const outcome = await sendPush(target, noticePush(target.kind, siteUrl), vapid);
        if (outcome === 'sent') pushed += 1;
        if (outcome === 'gone') await queue.forgetPushSubscription(target.endpoint);
      }
    }
    await queue.release(failed);
    return Response.json({ queued, sent, pushed, failed: failed.length });
  } finally {
    mailer.close();
  }
}

export const config = { schedule: '*/5 * * * *' };
