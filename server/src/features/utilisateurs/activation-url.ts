import type { FastifyBaseLogger } from 'fastify';
import type { Env } from '../../env';
import { mailerFor } from '../../lib/mailer';

/** The public address of the page that sets a password from a one-time link. */
export const activationUrl = (env: Env, secret: string) =>
  `${env.TRAME_PUBLIC_URL ?? `http://localhost:${env.PORT}`}/activer/${secret}`;

/**
 * The admin screen shows a new account's one-time link. Without a mailer (no SMTP_URL, a
 * small install), the log is the fallback way to find it again, so the link is written there;
 * with a mailer the log only says a link was issued: a secret valid 7 days has no place in logs.
 */
export function logActivationLink(env: Env, log: FastifyBaseLogger, userId: string, url: string): void {
  if (mailerFor(env).enabled)
    log.info({ userId }, 'activation link issued (not logged: a mailer is configured)');
  else log.info({ userId }, `activation link for user ${userId} (no SMTP_URL): ${url}`);
}
