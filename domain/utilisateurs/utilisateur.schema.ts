import { z } from 'zod';
import { ROLES, type Role } from '../auth/roles';
import { codeError, identifiant, texte } from '../zod-fr';

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
export const passwordSchema = identifiant(PASSWORD_MAX, PASSWORD_MIN, {
  min: `Le mot de passe doit faire au moins ${PASSWORD_MIN} caractères.`,
  max: `Le mot de passe doit faire au plus ${PASSWORD_MAX} caractères.`,
});

/** Outer blank space (a pasted line break) goes, then an e-mail is an identifier: refused, not changed. */
export const emailSchema = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
  identifiant(320).pipe(z.email().max(254)),
);

export const loginSchema = z.strictObject({
  email: emailSchema,
  password: identifiant(PASSWORD_MAX),
});
export type LoginInput = z.infer<typeof loginSchema>;

export const passwordChangeSchema = z.strictObject({
  currentPassword: identifiant(PASSWORD_MAX),
  newPassword: passwordSchema,
});

/** « Mot de passe oublié ? »: the same answer whether the account exists or not. */
export const motDePasseOublieSchema = z.strictObject({ email: emailSchema });
export const MOT_DE_PASSE_OUBLIE_REPONSE =
  'Si un compte actif correspond à cette adresse, un lien pour choisir un nouveau mot de passe vient de lui être envoyé (valable 7 jours). Sans e-mail d’ici quelques minutes, demandez un lien à l’administrateur de votre structure.';

/** One open session of the signed-in user (issue 16, part 7). */
export const sessionViewSchema = z.object({
  id: z.string(),
  ouverteLe: z.string(),
  vueLe: z.string(),
  expireLe: z.string(),
  courante: z.boolean(),
});
export type SessionView = z.infer<typeof sessionViewSchema>;

export const activationSchema = z.strictObject({
  token: identifiant(200, 20),
  password: passwordSchema,
});

const userFields = {
  email: emailSchema,
  prenom: texte(80),
  nom: texte(80),
  role: z.enum(ROLES, { error: codeError('Rôle inconnu.') }),
  partenaireId: z
    .uuid()
    .nullish()
    .transform((v) => v ?? null),
  /** Empty list with allTerritoires true = every territory of the structure. */
  allTerritoires: z.boolean().default(true),
  territoireIds: z.array(z.uuid()).max(200).default([]),
  /** Weekly hours of the contract (the planning warns above them); null: none known. */
  heuresHebdo: z
    .number({ error: 'Nombre d’heures par semaine attendu.' })
    .min(1, 'Heures par semaine : au moins 1.')
    .max(60, 'Heures par semaine : au plus 60.')
    .nullish()
    .transform((v) => v ?? null),
};
const partnerRule = (v: { role: Role; partenaireId: string | null }) =>
  (v.role === 'partenaire') === (v.partenaireId !== null);
const partnerMessage = {
  message: 'Un compte partenaire doit être rattaché à un partenaire, et lui seul.',
  path: ['partenaireId'],
};
export const userCreateSchema = z.strictObject(userFields).refine(partnerRule, partnerMessage);
export type UserCreateInput = z.infer<typeof userCreateSchema>;
export const userUpdateSchema = z
  .strictObject({ ...userFields, isActive: z.boolean().default(true) })
  .refine(partnerRule, partnerMessage);
export type UserUpdateInput = z.infer<typeof userUpdateSchema>;

/** A token lives at most a year (ADR 016); the form offers these lifetimes. */
export const API_TOKEN_MAX_DAYS = 365;
export const API_TOKEN_LIFETIMES = [
  { days: 30, label: '30 jours' },
  { days: 90, label: '90 jours' },
  { days: 365, label: '1 an' },
] as const;

export const apiTokenCreateSchema = z.strictObject({
  nom: texte(80),
  dureeJours: z
    .number({ error: (i) => (i.input === undefined ? 'Choisissez une durée de validité.' : undefined) })
    .int('Durée en jours entiers.')
    .min(1, 'Durée d’au moins 1 jour.')
    .max(API_TOKEN_MAX_DAYS, `Un jeton vit au plus un an (${API_TOKEN_MAX_DAYS} jours).`),
  /**
   * Optional and only ever oneself: a token is created by its owner, for itself (ADR 016).
   * Kept so that a client naming someone else gets a clear 403 rather than an unknown field.
   */
  userId: z.uuid().optional(),
});
export type ApiTokenCreateInput = z.infer<typeof apiTokenCreateSchema>;

/** An API token as its owner (or an admin) sees it: never its secret, only its first characters. */
export const apiTokenViewSchema = z.object({
  id: z.uuid(),
  nom: z.string(),
  /** First characters of the secret, to recognise it. */
  prefix: z.string(),
  userId: z.uuid(),
  createdAt: z.string(),
  /** Chosen at creation, one year at most. */
  expiresAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiTokenView = z.infer<typeof apiTokenViewSchema>;
/** The answer of a creation: the secret, shown this once. */
export const apiTokenCreatedSchema = apiTokenViewSchema.extend({ secret: z.string() });

export const userViewSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  prenom: z.string(),
  nom: z.string(),
  role: z.enum(ROLES),
  partenaireId: z.uuid().nullable(),
  allTerritoires: z.boolean(),
  territoireIds: z.array(z.uuid()),
  isActive: z.boolean(),
  hasPassword: z.boolean(),
  /** Weekly hours of the contract, or null. */
  heuresHebdo: z.number().nullable(),
});
export type UserView = z.infer<typeof userViewSchema>;

/** A one-time link to choose one's password (shown to the admin when no e-mail is sent). */
export const activationLinkSchema = z.object({ activationUrl: z.string() });
export const userCreatedSchema = activationLinkSchema.extend({ user: userViewSchema });

/** The signed-in user (GET /api/auth/me and the answer of a sign-in). */
export const meViewSchema = z.object({
  user: z.object({ id: z.uuid(), email: z.string(), prenom: z.string(), nom: z.string() }),
  role: z.enum(ROLES),
  structure: z.object({ id: z.uuid(), nom: z.string() }),
  partenaire: z.object({ id: z.uuid(), nom: z.string() }).nullable(),
  territoires: z.array(z.object({ id: z.uuid(), qpvCode: z.string(), nom: z.string() })),
  /** Sent back in `x-csrf-token` on every change; null for a token (no cookie, no CSRF). */
  csrfToken: z.string().nullable(),
});
export type MeView = z.infer<typeof meViewSchema>;
