import type { Env } from '../../env';

/** The public address of the page that sets a password from a one-time link. */
export const activationUrl = (env: Env, secret: string) =>
  `${env.TRAME_PUBLIC_URL ?? `http://localhost:${env.PORT}`}/activer/${secret}`;
