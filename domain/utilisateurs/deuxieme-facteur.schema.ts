/** Second factor (TOTP) at sign-in: shapes shared by the server and the web (ADR 029). */
import { z } from 'zod';
import type { Role } from '../auth/roles';
import { identifiant } from '../zod-fr';
import { meViewSchema } from './utilisateur.schema';

/** The roles the second factor is for; it becomes mandatory for them when the structure says so. */
export const SECOND_FACTOR_ROLES: readonly Role[] = ['admin', 'direction', 'coordinateur'];
export const secondFactorApplies = (role: Role) => SECOND_FACTOR_ROLES.includes(role);
/** Who may make the second factor mandatory in the structure settings. */
export const canRequireSecondFactor = (a: { role: Role }) => a.role === 'admin' || a.role === 'direction';

export const RECOVERY_CODE_COUNT = 10;
export const CHALLENGE_TTL_MINUTES = 5;
/** Wrong codes a challenge takes before it is dropped (the login throttle counts them too). */
export const CHALLENGE_MAX_ATTEMPTS = 5;

export const CODE_INCORRECT = 'Code incorrect ou expiré.';
export const JETON_EXPIRE = 'La connexion a expiré : saisissez à nouveau votre e-mail et votre mot de passe.';

/** A 6-digit code or a recovery code; spaces and dashes are ignored, letters upper-cased. */
export const normaliserCode = (code: string) => code.replace(/[\s-]/g, '').toUpperCase();
const codeSchema = identifiant(40).transform(normaliserCode);
const jeton = identifiant(100, 20);

export const jetonSchema = z.strictObject({ jeton });
export const deuxiemeFacteurSchema = z.strictObject({ jeton, code: codeSchema });
export const codeConfirmationSchema = z.strictObject({ code: codeSchema });

/** The answer of a right password when a second factor is needed: no session yet. */
export const challengeViewSchema = z.object({
  deuxiemeFacteur: z.enum(['code', 'enrolement']),
  jeton: z.string(),
});
export type ChallengeView = z.infer<typeof challengeViewSchema>;
export const loginAnswerSchema = z.union([meViewSchema, challengeViewSchema]);
export type LoginAnswer = z.infer<typeof loginAnswerSchema>;

/** What an authenticator app needs: shown during enrolment only. */
export const enrolementViewSchema = z.object({
  secret: z.string(),
  otpauthUrl: z.string(),
  qrSvg: z.string(),
});
export type EnrolementView = z.infer<typeof enrolementViewSchema>;

/** The recovery codes, shown this once. */
export const codesSecoursSchema = z.object({ codesSecours: z.array(z.string()) });
export const meAvecCodesSchema = meViewSchema.extend({ codesSecours: z.array(z.string()) });
export type MeAvecCodes = z.infer<typeof meAvecCodesSchema>;

/** « Mon compte »: where the user's second factor stands. */
export const deuxiemeFacteurEtatSchema = z.object({
  /** The role may use it. */
  possible: z.boolean(),
  actif: z.boolean(),
  /** The structure requires it for this user: it cannot be turned off. */
  obligatoire: z.boolean(),
  codesSecoursRestants: z.number().int(),
});
export type DeuxiemeFacteurEtat = z.infer<typeof deuxiemeFacteurEtatSchema>;

/**
 * Which second factor a password sign-in needs: 'code' once enrolled, 'enrolement' when the
 * structure requires it of this role, else none. Every login path calls it, except ProConnect
 * (the identity provider already checked a strong authentication; issue 16, part 5).
 */
export function secondFactorRequired(
  user: { role: Role; enrolled: boolean },
  structure: { deuxiemeFacteurObligatoire: boolean },
): ChallengeView['deuxiemeFacteur'] | null {
  if (user.enrolled) return 'code';
  if (structure.deuxiemeFacteurObligatoire && secondFactorApplies(user.role)) return 'enrolement';
  return null;
}
