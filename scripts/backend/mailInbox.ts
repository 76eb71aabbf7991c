import { MailDev } from 'maildev';

/*
 * The local mail inbox: maildev catches everything the backend sends over SMTP and shows it on a
 * web page, as Supabase's local stack does with its own inbox. Tests and the e2e read the sign-in
 * code from its API instead of a real mailbox.
 */

export type MailInbox = { smtpPort: number; url: string; stop: () => Promise<void> };

export async function startMailInbox({
  smtpPort,
  webPort,
  directory,
}: {
  smtpPort: number;
  webPort: number;
  /** Where mails are kept; maildev's default is a shared temporary folder. */
  directory: string;
}): Promise<MailInbox> {
  const inbox = new MailDev({
    smtp: smtpPort,
    ip: '127.0.0.1',
    web: webPort,
    webIp: '127.0.0.1',
    mailDirectory: directory,
    // Only the newest mails matter locally; keep the folder small.
    maxEmails: 500,
    silent: true,
  });
  await inbox.start();
  return { smtpPort, url: `http://127.0.0.1:${webPort}`, stop: () => inbox.stop() };
}

type InboxMail = { subject: string; text: string; html: string; to: { address: string }[] };

/** The mails to `address`, oldest first (maildev lists in arrival order). */
export async function mailsTo(inboxUrl: string, address: string): Promise<InboxMail[]> {
  const response = await fetch(`${inboxUrl}/api/email`);
  if (!response.ok) throw new Error(`The mail inbox answered ${response.status}`);
  return ((await response.json()) as InboxMail[]).filter((mail) =>
    mail.to.some((to) => to.address.toLowerCase() === address.toLowerCase()),
  );
}

/**
 * The sign-in code in mail number `count` to `address` (1 = the first ever), waiting up to
 * `timeoutMs` for it to arrive. Counting, not timing, tells an old code from a new one.
 */
export async function signInCodeFor(inboxUrl: string, address: string, { count = 1, timeoutMs = 10_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mail = (await mailsTo(inboxUrl, address))[count - 1];
    const code = mail && /\b(\d{6,10})\b/.exec(mail.text)?.[1];
    if (code) return code;
    if (Date.now() > deadline)
      throw new Error(`Mail number ${count} to ${address} did not arrive within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
