/**
 * Collective actions' API (issue 14, ADR 032): input schemas shared by the API and the forms,
 * and the answers. Instants carry their offset; the list's days are Paris days.
 */
import { z } from 'zod';
import { listeQuerySchema, pageSchema, periodeShape, periodeValide } from '../liste';
import { GENRES, PUBLICS } from '../main-courante/main-courante.taxonomies';
import { codeError, instantSchema, recherche, texte, texteOptionnel } from '../zod-fr';
import {
  ACTION_DUREE_MAX_HEURES,
  ACTION_STATUTS,
  ACTION_TYPES,
  COMPTES_MAX,
  HEURES_PREPARATION_MAX,
  PARTICIPANTS_LIGNE_MAX,
  RESULTATS,
} from './action.taxonomies';

const type = z.enum(ACTION_TYPES, { error: codeError('Type d’action inconnu.') });
const ids = (max: number, message: string) =>
  z
    .array(z.uuid(), { error: 'Liste d’identifiants attendue.' })
    .max(max, message)
    .transform((v) => [...new Set(v)]);
const mediateurIds = ids(30, 'Au plus 30 médiateur·rices sur une action.');
const partenaireIds = ids(30, 'Au plus 30 partenaires sur une action.');
const heuresPreparation = z
  .number({ error: 'Nombre d’heures attendu.' })
  .min(0, 'Les heures de préparation ne peuvent pas être négatives.')
  .max(HEURES_PREPARATION_MAX, `Au plus ${HEURES_PREPARATION_MAX} heures de préparation.`)
  .multipleOf(0.25, 'Heures par quart d’heure (ex. 1,5).');
const participantsAttendus = z
  .int('Nombre entier attendu.')
  .min(0, 'Le nombre attendu ne peut pas être négatif.')
  .max(PARTICIPANTS_LIGNE_MAX, `Au plus ${PARTICIPANTS_LIGNE_MAX} participant·es attendu·es.`);

/** Why an action's times are invalid, or null. */
export function actionPlageError(debut: string | Date, fin: string | Date): string | null {
  const ms = new Date(fin).getTime() - new Date(debut).getTime();
  if (ms <= 0) return 'La fin doit être après le début.';
  if (ms > ACTION_DUREE_MAX_HEURES * 3_600_000)
    return `Une action dure au plus ${ACTION_DUREE_MAX_HEURES} heures.`;
  return null;
}
const plageRefine = (v: { debut?: string; fin?: string }, ctx: z.RefinementCtx) => {
  if (!v.debut || !v.fin) return;
  const error = actionPlageError(v.debut, v.fin);
  if (error) ctx.addIssue({ code: 'custom', path: ['fin'], message: error });
};

const champs = {
  type,
  titre: texte(150),
  debut: instantSchema,
  fin: instantSchema,
  territoireId: z.uuid({ error: 'QPV attendu.' }),
  lieuId: z.uuid().nullable(),
  mediateurIds,
  /** The partners who co-organise. */
  partenaireIds,
  /** Shown on the public agenda (issue 14, part 5). */
  public: z.boolean({ error: 'Oui ou non attendu.' }),
  objectif: texteOptionnel(1000),
  heuresPreparation,
  publicCible: texteOptionnel(300),
  participantsAttendus: participantsAttendus.nullable(),
  /** The residents' project this action serves (a project leads to actions). */
  projetId: z.uuid({ error: 'Projet attendu.' }).nullable(),
};

export const actionCreateSchema = z
  .object({
    /** Made by the client: the same id sent twice creates one action. */
    id: z.uuid(),
    ...champs,
    lieuId: champs.lieuId.default(null),
    mediateurIds: mediateurIds.default([]),
    partenaireIds: partenaireIds.default([]),
    public: champs.public.default(false),
    heuresPreparation: heuresPreparation.default(0),
    participantsAttendus: champs.participantsAttendus.default(null),
    projetId: champs.projetId.default(null),
  })
  .superRefine(plageRefine);
export type ActionCreate = z.output<typeof actionCreateSchema>;

export const actionUpdateSchema = z
  .object(
    Object.fromEntries(Object.entries(champs).map(([k, s]) => [k, s.optional()])) as {
      [K in keyof typeof champs]: z.ZodOptional<(typeof champs)[K]>;
    },
  )
  .superRefine(plageRefine);
export type ActionUpdate = z.output<typeof actionUpdateSchema>;

export const actionsQuerySchema = listeQuerySchema({
  ...periodeShape,
  type: type.optional(),
  territoireId: z.uuid().optional(),
  statut: z.enum(ACTION_STATUTS, { error: codeError('Statut inconnu : prevue ou annulee.') }).optional(),
  /** Words of the title. */
  recherche: recherche(100),
}).refine(...periodeValide);
export type ActionsQuery = z.output<typeof actionsQuerySchema>;

// ---- Participation and evaluation

export const compteSchema = z.object({
  public: z.enum(PUBLICS, { error: codeError('Public inconnu.') }),
  genre: z.enum(GENRES, { error: codeError('Genre inconnu.') }),
  nombre: z
    .int('Nombre entier attendu.')
    .min(0, 'Le nombre ne peut pas être négatif.')
    .max(PARTICIPANTS_LIGNE_MAX, `Au plus ${PARTICIPANTS_LIGNE_MAX} participant·es par ligne.`),
});
export type Compte = z.infer<typeof compteSchema>;

/** The counts at the door, replaced wholesale; one line per public × genre. */
export const participationSchema = z.object({
  comptes: z
    .array(compteSchema, { error: 'Liste de comptes attendue.' })
    .max(COMPTES_MAX, `Au plus ${COMPTES_MAX} lignes.`)
    .superRefine((comptes, ctx) => {
      const vus = new Map<string, number>();
      comptes.forEach((c, i) => {
        const cle = `${c.public}/${c.genre}`;
        const avant = vus.get(cle);
        if (avant !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'genre'],
            message: `Ce public et ce genre sont déjà comptés à la ligne ${avant + 1}.`,
          });
        } else vus.set(cle, i);
      });
    }),
});
export type ParticipationInput = z.infer<typeof participationSchema>;

export const evaluationSchema = z.object({
  bienPasse: texteOptionnel(2000),
  aChanger: texteOptionnel(2000),
  resultat: z.enum(RESULTATS, { error: codeError('Résultat attendu : atteint, partiel ou non_atteint.') }),
  suites: texteOptionnel(2000),
});
export type EvaluationInput = z.output<typeof evaluationSchema>;

// ---- Answers

const personne = z.object({ id: z.uuid(), nom: z.string() });

export const participationViewSchema = z.object({
  comptes: z.array(compteSchema),
  total: z.int(),
  par_public: z.record(z.enum(PUBLICS), z.int()),
  par_genre: z.record(z.enum(GENRES), z.int()),
});
export type ParticipationView = z.infer<typeof participationViewSchema>;

export const evaluationViewSchema = z.object({
  bienPasse: z.string().nullable(),
  aChanger: z.string().nullable(),
  resultat: z.enum(RESULTATS),
  suites: z.string().nullable(),
  /** ISO 8601 with the Paris offset. */
  at: z.string(),
});
export type EvaluationView = z.infer<typeof evaluationViewSchema>;

export const actionSchema = z.object({
  id: z.uuid(),
  type,
  titre: z.string(),
  statut: z.enum(ACTION_STATUTS),
  /** ISO 8601 with the Paris offset. */
  debut: z.string(),
  fin: z.string(),
  territoireId: z.uuid(),
  lieuId: z.uuid().nullable(),
  mediateurs: z.array(personne),
  partenaires: z.array(personne),
  public: z.boolean(),
  objectif: z.string().nullable(),
  heuresPreparation: z.number(),
  publicCible: z.string().nullable(),
  participantsAttendus: z.int().nullable(),
  projetId: z.uuid().nullable(),
  /** Participants counted (0 before any count). */
  participants: z.int(),
  evaluation: evaluationViewSchema.nullable(),
});
export type ActionView = z.infer<typeof actionSchema>;

export const actionsPageSchema = pageSchema(actionSchema).extend({
  /** The days really covered (docs/listes.md): `au: null` = no upper bound. */
  periode: z.object({ du: z.string(), au: z.string().nullable() }),
});
export type ActionsPage = z.infer<typeof actionsPageSchema>;
