/**
 * The planning's API (issue 13): input schemas shared by the API and the forms, and the answers.
 * Instants carry their offset; days and weeks are Paris days (ADR 023).
 */
import { z } from 'zod';
import { codeError, instantSchema, jourSchema, texte, texteOptionnel } from '../zod-fr';
import {
  ABSENCE_TYPES,
  CRENEAU_DUREE_MAX_HEURES,
  CRENEAU_STATUTS,
  CRENEAU_TYPES,
  PLANNING_PERIODE_MAX_JOURS,
} from './planning.taxonomies';

const type = z.enum(CRENEAU_TYPES, { error: codeError('Type de créneau inconnu.') });
const optionalId = z
  .uuid()
  .nullish()
  .transform((v) => v ?? null);
const mediateurIds = z
  .array(z.uuid(), { error: 'Liste de médiateur·rices attendue.' })
  .max(20, 'Au plus 20 personnes sur un créneau.')
  .transform((ids) => [...new Set(ids)]);

/** Why a shift's times are invalid, or null. */
export function plageError(debut: string | Date, fin: string | Date): string | null {
  const ms = new Date(fin).getTime() - new Date(debut).getTime();
  if (ms <= 0) return 'La fin doit être après le début.';
  if (ms > CRENEAU_DUREE_MAX_HEURES * 3_600_000)
    return `Un créneau dure au plus ${CRENEAU_DUREE_MAX_HEURES} heures.`;
  return null;
}
const plageRefine = (v: { debut?: string; fin?: string }, ctx: z.RefinementCtx) => {
  if (!v.debut || !v.fin) return;
  const error = plageError(v.debut, v.fin);
  if (error) ctx.addIssue({ code: 'custom', path: ['fin'], message: error });
};

/** « every Tuesday and Friday until 30 June »: ISO weekdays (1 = Monday … 7 = Sunday). */
export const repetitionSchema = z.object({
  jours: z
    .array(z.int('Jour de la semaine attendu (1 = lundi … 7 = dimanche).').min(1).max(7), {
      error: 'Jours de la semaine attendus.',
    })
    .min(1, 'Choisissez au moins un jour de la semaine.')
    .transform((j) => [...new Set(j)].sort()),
  jusquau: jourSchema,
});

export const creneauCreateSchema = z
  .object({
    /** Made by the client: the same id sent twice creates one shift. */
    id: z.uuid(),
    type,
    debut: instantSchema,
    fin: instantSchema,
    mediateurIds: mediateurIds.default([]),
    territoireId: optionalId,
    secteurId: optionalId,
    note: texteOptionnel(500),
    /** A tournée with fewer than two mediators needs this (lone work). */
    travailIsoleConfirme: z.boolean().default(false),
    /** Repeats the shift each chosen weekday until a day (at most a year). */
    repetition: repetitionSchema.nullish().transform((v) => v ?? null),
  })
  .superRefine(plageRefine);
export type CreneauCreate = z.output<typeof creneauCreateSchema>;

export const creneauUpdateSchema = z
  .object({
    type: type.optional(),
    debut: instantSchema.optional(),
    fin: instantSchema.optional(),
    mediateurIds: mediateurIds.optional(),
    territoireId: z.uuid().nullable().optional(),
    secteurId: z.uuid().nullable().optional(),
    note: texteOptionnel(500).optional(),
    travailIsoleConfirme: z.boolean().optional(),
  })
  .superRefine(plageRefine);
export type CreneauUpdate = z.output<typeof creneauUpdateSchema>;

export const planningQuerySchema = z
  .object({
    du: jourSchema,
    au: jourSchema,
    mediateurId: z.uuid().optional(),
    territoireId: z.uuid().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.du > v.au) {
      ctx.addIssue({ code: 'custom', path: ['au'], message: 'La date de fin précède la date de début.' });
    } else if ((Date.parse(v.au) - Date.parse(v.du)) / 86_400_000 >= PLANNING_PERIODE_MAX_JOURS) {
      ctx.addIssue({
        code: 'custom',
        path: ['au'],
        message: `Le planning se lit sur ${PLANNING_PERIODE_MAX_JOURS} jours au plus.`,
      });
    }
  });
export type PlanningQuery = z.output<typeof planningQuerySchema>;

export const absenceCreateSchema = z
  .object({
    id: z.uuid(),
    mediateurId: z.uuid(),
    type: z.enum(ABSENCE_TYPES, { error: codeError('Type d’absence inconnu.') }),
    debut: instantSchema,
    fin: instantSchema,
    note: texteOptionnel(500),
  })
  .superRefine((v, ctx) => {
    if (new Date(v.fin).getTime() <= new Date(v.debut).getTime()) {
      ctx.addIssue({ code: 'custom', path: ['fin'], message: 'La fin doit être après le début.' });
    }
  });
export type AbsenceCreate = z.output<typeof absenceCreateSchema>;

// ---- Answers

const personne = z.object({ id: z.uuid(), nom: z.string() });
const remarque = z.object({ mediateurId: z.uuid(), creneauId: z.uuid(), message: z.string() });

export const creneauSchema = z.object({
  id: z.uuid(),
  type,
  statut: z.enum(CRENEAU_STATUTS),
  /** ISO 8601 with the Paris offset. */
  debut: z.string(),
  fin: z.string(),
  mediateurs: z.array(personne),
  territoireId: z.uuid().nullable(),
  secteurId: z.uuid().nullable(),
  note: z.string().nullable(),
  travailIsoleConfirme: z.boolean(),
  serieId: z.uuid().nullable(),
  /** Raised at each change (iCalendar SEQUENCE). */
  sequence: z.int(),
  /** The main courante activity started from this shift. */
  activiteId: z.uuid().nullable(),
  /** The people of the shift who are absent during it: the shift is to be covered. */
  absents: z.array(z.uuid()),
  /** Starts on a French public holiday. */
  ferie: z.boolean(),
});
export type CreneauView = z.infer<typeof creneauSchema>;

/** A created or changed shift, with the warnings a coordinator reads before moving on. */
export const creneauEcritSchema = creneauSchema.extend({
  avertissements: z.array(remarque),
  /** With a repetition: how many shifts the series holds. */
  occurrences: z.int(),
});
export type CreneauEcrit = z.infer<typeof creneauEcritSchema>;

export const absenceSchema = z.object({
  id: z.uuid(),
  mediateur: personne,
  /** Null for a colleague: the reason of an absence (a sick leave) is the person's and coordination's. */
  type: z.enum(ABSENCE_TYPES).nullable(),
  debut: z.string(),
  fin: z.string(),
  note: z.string().nullable(),
  /** The active shifts of that person it touches, to be covered. */
  creneauxTouches: z.array(z.uuid()),
});
export type AbsenceView = z.infer<typeof absenceSchema>;

export const planningSchema = z.object({
  du: z.string(),
  au: z.string(),
  creneaux: z.array(creneauSchema),
  absences: z.array(absenceSchema),
  /** The French public holidays of the period (Paris days). */
  feries: z.array(z.string()),
});
export type PlanningView = z.infer<typeof planningSchema>;

export const remplacantsSchema = z.object({
  creneauId: z.uuid(),
  remplacants: z.array(personne.extend({ heuresSemaine: z.number() })),
});

/** The calendar feeds' addresses: `equipe` for coordination only. */
export const fluxSchema = z.object({ personnel: z.url(), equipe: z.url().nullable() });
export type FluxView = z.infer<typeof fluxSchema>;

// ---- Handover notes (« consignes », issue 13 part 6)

export const consigneCreateSchema = z.object({
  id: z.uuid(),
  /** « tension hall B, passer en binôme »: a short factual note, never a resident's name. */
  texte: texte(300),
  territoireId: optionalId,
  /** Addressed to the crew of this shift (the next one); else to the team of the QPV. */
  creneauId: optionalId,
  /** Shown until this day included. */
  jusquau: jourSchema,
});
export type ConsigneCreate = z.output<typeof consigneCreateSchema>;

export const consigneSchema = z.object({
  id: z.uuid(),
  texte: z.string(),
  auteur: personne,
  territoireId: z.uuid().nullable(),
  creneauId: z.uuid().nullable(),
  jusquau: z.string(),
  at: z.string(),
  /** Whether the reader acknowledged it. */
  lue: z.boolean(),
  /** How many of those it concerns acknowledged it (for its author and coordination). */
  lectures: z.int(),
});
export type ConsigneView = z.infer<typeof consigneSchema>;
export const consignesSchema = z.object({ items: z.array(consigneSchema) });
