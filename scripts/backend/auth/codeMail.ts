import type { Mail, Mailer } from '../../../functions/lib/mailer.ts';
import { escapeHtml } from '../../../supabase/src/escapeHtml.ts';

/*
 * The sign-in code mail: the template from supabase/config.toml with Supabase's template variables
 * filled in, sent over SMTP (to maildev locally, as Supabase's local stack sends to its own inbox).
 * It carries the code and nothing about the person's health.
 */

/** What the sign-in stand-in needs of a mailer: to send (functions/lib/mailer.ts makes one over SMTP). */
export type CodeMailer = Pick<Mailer, 'send'>;

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
