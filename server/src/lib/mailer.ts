import type { Transporter } from 'nodemailer';
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

/** nodemailer is loaded on the first e-mail, not at boot. */
const cache = new Map<string, Promise<Transporter>>();

/** Sends e-mails through the SMTP server of `SMTP_URL`, from `SMTP_FROM`. */
export function mailerFor(env: Env): Mailer {
  const url = env.SMTP_URL;
  if (!url) return { enabled: false, send: async () => {} };
  return {
    enabled: true,
    async send(mail) {
      let transport = cache.get(url);
      if (!transport) {
        transport = import('nodemailer').then((m) => m.default.createTransport(url));
        cache.set(url, transport);
      }
      const t = await transport;
      await t.sendMail({ from: env.SMTP_FROM, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}
