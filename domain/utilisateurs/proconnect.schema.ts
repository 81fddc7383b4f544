/** ProConnect sign-in (OpenID Connect): the shapes and messages of the flow (ADR 030). */
import { z } from 'zod';
import { emailSchema } from './utilisateur.schema';

export const proconnectDebutSchema = z.strictObject({ email: emailSchema });
export const proconnectDebutViewSchema = z.object({ url: z.url() });

/** The same sentence whether the address is unknown or its structure does not offer ProConnect. */
export const PROCONNECT_NON_PROPOSE =
  'ProConnect n’est pas proposé pour cette adresse : connectez-vous avec votre mot de passe.';

/** Why a return from ProConnect did not open a session: `/connexion?proconnect=<code>`. */
export const PROCONNECT_ECHECS = {
  inconnu:
    'Aucun compte Trame n’est ouvert pour cette adresse : demandez une invitation à votre coordination.',
  refuse: 'La connexion avec ProConnect a été refusée ou annulée.',
  expire: 'La connexion avec ProConnect a expiré : recommencez.',
  invalide: 'La réponse de ProConnect n’a pas pu être vérifiée : recommencez.',
  non_verifiee: 'ProConnect n’a pas confirmé cette adresse e-mail : connectez-vous avec votre mot de passe.',
  indisponible: 'ProConnect ne répond pas : réessayez plus tard ou connectez-vous avec votre mot de passe.',
} as const;
export type ProconnectEchec = keyof typeof PROCONNECT_ECHECS;

/** The French message of a `proconnect` code of the login page's URL, or null for an unknown one. */
export const proconnectEchecMessage = (code: string | null): string | null =>
  code && Object.hasOwn(PROCONNECT_ECHECS, code) ? PROCONNECT_ECHECS[code as ProconnectEchec] : null;

/**
 * The return's query as ProConnect sends it (a success or an error). It is a browser's
 * navigation: a malformed value becomes absent, and the return redirects with its reason
 * rather than answering a 400 page.
 */
const param = (max: number) => z.string().max(max).optional().catch(undefined);
export const proconnectRetourQuerySchema = z.object({
  code: param(2000),
  state: param(500),
  error: param(200),
  error_description: param(2000),
  iss: param(500),
});

/** POST /api/auth/logout of a ProConnect session: where the browser goes to end it there too. */
export const logoutProconnectViewSchema = z.object({ finSession: z.url() });
export type LogoutAnswer = z.infer<typeof logoutProconnectViewSchema> | undefined;
