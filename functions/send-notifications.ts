// Relative imports, so the bundler puts the adapters (TypeScript) inside the function.
import { createSundhedClient, notificationsAdapter } from '../supabase/src/index.ts';
import { smtpMailer } from './lib/mailer.ts';
import { noticeMail } from './lib/noticeMail.ts';
import { functionSettings } from './lib/settings.ts';

/*
 * Every 5 minutes (Netlify's scheduler; locally `npm start` calls it every minute): queue the
 * reminders that are due, then send the waiting notices by e-mail. A mail that cannot go is put
 * back for the next run. Needs the service-role key, SMTP_URL, MAIL_FROM and SITE_URL.
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
  const mailer = smtpMailer(String(process.env.SMTP_URL), String(process.env.MAIL_FROM));
  const failed: number[] = [];
  let sent = 0;
  try {
    const queued = await queue.queueDueReminders();
    for (const notice of await queue.claim()) {
      try {
        await mailer.send(noticeMail(notice.kind, notice.email, String(process.env.SITE_URL)));
        sent += 1;
      } catch {
        failed.push(notice.id);
      }
    }
    await queue.release(failed);
    return Response.json({ queued, sent, failed: failed.length });
  } finally {
    mailer.close();
  }
}

export const config = { schedule: '*/5 * * * *' };
