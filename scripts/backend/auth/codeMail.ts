import nodemailer from 'nodemailer';

/*
 * The sign-in code mail: the template from supabase/config.toml with Supabase's template variables
 * filled in, sent over SMTP (to maildev locally, as Supabase's local stack sends to its own inbox).
 * It carries the code and nothing about the person's health.
 */

export type Mail = { to: string; subject: string; html: string; text: string };
export type Mailer = { send: (mail: Mail) => Promise<void> };

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Fills `{{ .Token }}`, `{{ .Email }}` and `{{ .SiteURL }}` as Supabase's mailer does; other variables stay empty. */
export function renderTemplate(template: string, values: { Token: string; Email: string; SiteURL: string }): string {
  return template.replace(/\{\{\s*\.(\w+)\s*\}\}/g, (_, name: string) =>
    escapeHtml(values[name as keyof typeof values] ?? ''),
  );
}

/** The mail's plain-text part, for mail programs that show no HTML. */
export function plainText(html: string): string {
  return html
    .replace(/<(style|head)[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/(p|h\d|div|li)>|<br\s*\/?>|<hr\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n\n')
    .trim();
}

export function codeMail(template: { subject: string; html: string }, to: string, code: string, siteUrl: string): Mail {
  const html = renderTemplate(template.html, { Token: code, Email: to, SiteURL: siteUrl });
  return { to, subject: template.subject, html, text: plainText(html) };
}

export function smtpMailer({ host, port, from }: { host: string; port: number; from: string }): Mailer & {
  close: () => void;
} {
  const transport = nodemailer.createTransport({ host, port, secure: false, ignoreTLS: true });
  return {
    send: async (mail) => {
      await transport.sendMail({ from, ...mail });
    },
    close: () => transport.close(),
  };
}
