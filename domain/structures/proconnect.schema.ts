/** ProConnect sign-in (OpenID Connect): the structure's settings, shared by server and web (ADR 030). */
import { z } from 'zod';
import { canRequireSecondFactor } from '../utilisateurs/deuxieme-facteur.schema';
import { identifiant } from '../zod-fr';

/** Who turns ProConnect on: the same people who set the second factor's rule. */
export const canConfigureProconnect = canRequireSecondFactor;

export const ISSUER_INVALIDE =
  'Adresse de l’émetteur invalide : une adresse https://, ou http:// sur 127.0.0.1 ou localhost seulement.';

/** An issuer Trame may talk to: https, or plain http on the local machine only (tests, development). */
export function issuerAccepte(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password || url.search || url.hash) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost'].includes(url.hostname);
}

/** Whether requests to this issuer must be allowed over plain http (a local test provider). */
export const issuerLocal = (value: string) => new URL(value).protocol === 'http:';

const nullable = (max: number) =>
  identifiant(max)
    .nullish()
    .transform((v) => (v ? v.trim() || null : null));

/** PATCH /api/structure `proconnect`: the secret is write-only, absent keeps the one stored. */
export const proconnectSettingsSchema = z.strictObject({
  actif: z.boolean(),
  issuer: nullable(500).refine((v) => v === null || issuerAccepte(v), ISSUER_INVALIDE),
  clientId: nullable(200),
  clientSecret: identifiant(500).optional(),
});
export type ProconnectSettingsInput = z.infer<typeof proconnectSettingsSchema>;

export const proconnectViewSchema = z.object({
  actif: z.boolean(),
  issuer: z.string().nullable(),
  clientId: z.string().nullable(),
  /** A secret is stored; it is never sent back. */
  secretConfigure: z.boolean(),
});
export type ProconnectView = z.infer<typeof proconnectViewSchema>;
