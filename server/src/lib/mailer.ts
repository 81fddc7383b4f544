import nodemailer, { type Transporter } from 'nodemailer';
import type { Env } from '../env';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** false when no SMTP server is configured (the e-mail is not sent, nothing fails). */
  readonly enabled: boolean;
  send(mail: Mail): Promise<void>;
}

const cache = new Map<string, Transporter>();

/** Sends e-mails through the SMTP server of `SMTP_URL`, from `SMTP_FROM`. */
export function mailerFor(env: Env): Mailer {
  const url = env.SMTP_URL;
  if (!url) return { enabled: false, send: async () => {} };
  let transport = cache.get(url);
  if (!transport) {
    transport = nodemailer.createTransport(url);
    cache.set(url, transport);
  }
  const t = transport;
  return {
    enabled: true,
    async send(mail) {
      await t.sendMail({ from: env.SMTP_FROM, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}
