/** Inputs of the main courante (activities, contacts, observations, review), shared by API and forms. */
import { z } from 'zod';
import { paginationShape, periodeValide } from '../liste';
import { qpvCodeSchema } from '../territoires/territoire.schema';
import { instantSchema, jourSchema, texte, texteOptionnel } from '../zod-fr';
import {
  CADRES,
  GENRE_DEFAUT,
  GENRES,
  NATURES,
  OBSERVATION_KINDS,
  PUBLIC_DEFAUT,
  PUBLICS,
  STATUTS_FILTRE,
} from './main-courante.taxonomies';

export const COMMENTAIRE_MAX = 500;
export const NOTE_MAX = 500;
export const NB_PERSONNES_MAX = 500;
/** An activity lasts at most this long (a whole night shift, with margin). */
export const DUREE_MAX_HEURES = 24;
export const CONTACTS_MAX = 1000;
export const OBSERVATIONS_MAX = 100;
export const MEDIATEURS_MAX = 20;

const optionalId = z
  .uuid()
  .nullish()
  .transform((v) => v ?? null);
const optionalInstant = instantSchema.nullish().transform((v) => v ?? null);

/** Why a period is invalid, or null: the one rule shared by create, edit, terminer and import. */
export function periodeError(debut: string | Date, fin: string | Date | null): string | null {
  if (fin === null) return null;
  const ms = new Date(fin).getTime() - new Date(debut).getTime();
  if (ms <= 0) return 'La fin doit être après le début.';
  if (ms > DUREE_MAX_HEURES * 3_600_000) return `Une activité dure au plus ${DUREE_MAX_HEURES} heures.`;
  return null;
}

const contactFields = {
  nature: z.enum(NATURES, { error: 'Nature de contact inconnue.' }),
  nbPersonnes: z
    .number({ error: 'Nombre de personnes attendu.' })
    .int('Nombre entier attendu.')
    .min(1, 'Au moins 1 personne.')
    .max(NB_PERSONNES_MAX, `Au plus ${NB_PERSONNES_MAX} personnes.`),
  public: z.enum(PUBLICS, { error: 'Public inconnu.' }),
  genre: z.enum(GENRES, { error: 'Genre inconnu.' }),
  lieuId: optionalId,
  /** When the contact happened (the phone's clock). */
  heure: optionalInstant,
  /** Never personal data about a named person. */
  commentaire: texteOptionnel(COMMENTAIRE_MAX),
};

export const contactCreateSchema = z.strictObject({
  id: z.uuid(),
  ...contactFields,
  nbPersonnes: contactFields.nbPersonnes.default(1),
  public: contactFields.public.default(PUBLIC_DEFAUT),
  genre: contactFields.genre.default(GENRE_DEFAUT),
});
export type ContactCreateInput = z.infer<typeof contactCreateSchema>;

/** The stepper: adjust a contact already logged. */
export const contactUpdateSchema = z
  .strictObject({
    nature: contactFields.nature.optional(),
    nbPersonnes: contactFields.nbPersonnes.optional(),
    public: contactFields.public.optional(),
    genre: contactFields.genre.optional(),
    lieuId: z.uuid().nullable().optional(),
    commentaire: texteOptionnel(COMMENTAIRE_MAX).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'Rien à modifier.' });
export type ContactUpdateInput = z.infer<typeof contactUpdateSchema>;

export const observationCreateSchema = z.strictObject({
  id: z.uuid(),
  kind: z.enum(OBSERVATION_KINDS, { error: 'Type d’observation inconnu.' }),
  lieuId: optionalId,
  /** Short and factual: what was seen, never who (no name, no description of a person). */
  note: texte(NOTE_MAX),
  heure: optionalInstant,
});
export type ObservationCreateInput = z.infer<typeof observationCreateSchema>;

const periodRefine = (v: { debut: string; fin: string | null }, ctx: z.RefinementCtx) => {
  const error = periodeError(v.debut, v.fin);
  if (error) ctx.addIssue({ code: 'custom', path: ['fin'], message: error });
};

const activiteFields = {
  cadre: z.enum(CADRES, { error: 'Cadre d’activité inconnu.' }),
  debut: instantSchema,
  territoireId: z.uuid(),
  secteurId: optionalId,
  lieuId: optionalId,
  mediateurIds: z
    .array(z.uuid())
    .min(1, 'Au moins un·e médiateur·rice présent·e.')
    .max(MEDIATEURS_MAX)
    .transform((ids) => [...new Set(ids)]),
  commentaire: texteOptionnel(COMMENTAIRE_MAX),
};

/** A new activity; without `fin` it is in progress (a tournée started live, closed by "terminer"). */
export const activiteCreateSchema = z
  .strictObject({
    id: z.uuid(),
    ...activiteFields,
    fin: optionalInstant,
    contacts: z.array(contactCreateSchema).max(CONTACTS_MAX).default([]),
    observations: z.array(observationCreateSchema).max(OBSERVATIONS_MAX).default([]),
    /** The planned shift this activity is the logging of (started from the planning). */
    creneauId: optionalId,
  })
  .superRefine(periodRefine);
export type ActiviteCreateInput = z.infer<typeof activiteCreateSchema>;
export type ActiviteCreateForm = z.input<typeof activiteCreateSchema>;

/** Edit of the frame of an activity; contacts and observations have their own endpoints. */
export const activiteUpdateSchema = z
  .strictObject({
    cadre: activiteFields.cadre.optional(),
    debut: instantSchema.optional(),
    fin: instantSchema.optional(),
    territoireId: z.uuid().optional(),
    secteurId: z.uuid().nullable().optional(),
    lieuId: z.uuid().nullable().optional(),
    mediateurIds: activiteFields.mediateurIds.optional(),
    commentaire: texteOptionnel(COMMENTAIRE_MAX).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'Rien à modifier.' });
export type ActiviteUpdateInput = z.infer<typeof activiteUpdateSchema>;

/** Closes a live activity; `fin` defaults to now. */
export const activiteTerminerSchema = z.strictObject({ fin: instantSchema.optional() });

export const revueSchema = z
  .strictObject({
    statut: z.enum(['validee', 'a_corriger'], { error: 'Statut de revue inconnu.' }),
    commentaire: texteOptionnel(COMMENTAIRE_MAX),
  })
  .refine((v) => v.statut !== 'a_corriger' || v.commentaire !== null, {
    message: 'Dites ce qu’il faut corriger.',
    path: ['commentaire'],
  });
export type RevueInput = z.infer<typeof revueSchema>;

/** Filters of the activity list; days are read in Europe/Paris. */
export const activiteListQuerySchema = z
  .object({
    du: jourSchema.optional(),
    au: jourSchema.optional(),
    qpv: qpvCodeSchema.optional(),
    territoireId: z.uuid().optional(),
    mediateurId: z.uuid().optional(),
    cadre: activiteFields.cadre.optional(),
    nature: contactFields.nature.optional(),
    statut: z.enum(STATUTS_FILTRE, { error: 'Statut inconnu.' }).optional(),
    ...paginationShape,
  })
  .refine(...periodeValide);
export type ActiviteListQuery = z.infer<typeof activiteListQuerySchema>;

export const exportQuerySchema = z
  .object({ du: jourSchema.optional(), au: jourSchema.optional() })
  .refine(...periodeValide);

export const observationListQuerySchema = z.object({
  /** A to-do list: only those still to treat unless `nonTraitees=false`. */
  nonTraitees: z
    .enum(['true', 'false'], { error: 'Valeur attendue : true ou false.' })
    .optional()
    .transform((v) => v !== 'false'),
  territoireId: z.uuid().optional(),
  qpv: qpvCodeSchema.optional(),
  ...paginationShape,
});
export type ObservationListQuery = z.infer<typeof observationListQuerySchema>;

export const importQuerySchema = z.object({
  mode: z.enum(['atomic', 'partial'], { error: 'Mode attendu : atomic ou partial.' }).default('atomic'),
  dryRun: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});
