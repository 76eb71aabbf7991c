import nodemailer from 'nodemailer';

/*
 * Sending mail over SMTP: in production the municipality's mail service, locally maildev (which
 * `npm start` points SMTP_URL at). One sender for every function.
 */

export type Mail = { to: string; subject: string; text: string; html: string };
export type Mailer = { send: (mail: Mail) => Promise<void>; close: () => void };

/** `smtpUrl`: smtp://user:pass@host:port (or smtps://). */
export function smtpMailer(smtpUrl: string, from: string): Mailer {
  const url = new URL(smtpUrl);
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
    throw new Error('SMTP_URL must start with smtp:// or smtps://');
  const transport = nodemailer.createTransport({
    host: url.hostname,
    port: Number(url.port) || (url.protocol === 'smtps:' ? 465 : 587),
    secure: url.protocol === 'smtps:',
    // Locally maildev speaks plain SMTP; elsewhere STARTTLS is required.
    ...(url.hostname === '127.0.0.1' || url.hostname === 'localhost' ? { ignoreTLS: true } : { requireTLS: true }),
    ...(url.username
      ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
      : {}),
  });
  return {
    send: async (mail) => {
      await transport.sendMail({ from, ...mail });
    },
    close: () => transport.close(),
  };
}
