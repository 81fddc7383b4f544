import { z } from 'zod';
import { paginationShape, periodeShape, periodeValide } from '../liste';
import { qpvCodeSchema } from '../territoires/territoire.schema';
import { instantSchema, jourSchema, recherche, texte, texteOptionnel } from '../zod-fr';

import { CATEGORIES, PHOTO_MAX_COUNT, STATUTS } from './signalement.taxonomies';

export * from './signalement.taxonomies';
export * from './signalement.views';

/** Pixels an uploaded photo may declare (24 MP cameras fit); checked from its header, before decoding. */
export const PHOTO_MAX_PIXELS = 25_000_000;
/** Open signalements of the same category within this distance are suggested as duplicates. */
export const DOUBLON_RAYON_M = 50;
/** At most this many suggestions, nearest first. */
export const DOUBLONS_MAX = 10;

const latitude = z.number().min(-90, 'Latitude invalide.').max(90, 'Latitude invalide.');
const longitude = z.number().min(-180, 'Longitude invalide.').max(180, 'Longitude invalide.');

export const signalementCreateSchema = z
  .strictObject({
    id: z.uuid(),
    categorie: z.enum(CATEGORIES, { error: 'Catégorie inconnue.' }),
    territoireId: z.uuid().nullish(),
    lieuId: z.uuid().nullish(),
    latitude: latitude.nullish(),
    longitude: longitude.nullish(),
    description: texteOptionnel(2000),
    descriptionInterne: z.boolean().default(false),
    /** When the mediator saw it (the phone's clock); defaults to the server's time. */
    observeLe: instantSchema.nullish(),
    diagnosticId: z.uuid().nullish(),
    /** The veille observation this signalement comes from: the link is kept on the observation. */
    observationId: z.uuid({ error: 'Observation d’origine introuvable.' }).nullish(),
  })
  .superRefine((v, ctx) => {
    if ((v.latitude == null) !== (v.longitude == null)) {
      ctx.addIssue({
        code: 'custom',
        path: [v.latitude == null ? 'latitude' : 'longitude'],
        message: 'Latitude et longitude vont ensemble.',
      });
    }
    if (v.latitude == null && !v.lieuId && !v.territoireId) {
      ctx.addIssue({
        code: 'custom',
        path: ['latitude'],
        message: 'Indiquez un point GPS, un lieu ou un territoire.',
      });
    }
  });
export type SignalementCreateInput = z.infer<typeof signalementCreateSchema>;

/** The number people see on a signalement (« n° 395 »): digits, after an optional « n° » or « # ». */
export const lireNumeroSignalement = (v: string | number): number | null => {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1 && v <= 2_147_483_647 ? v : null;
  const m = /^\s*(?:n\s*[°º o]?\s*\.?|#|numéro|numero)?\s*(\d{1,10})\s*$/i.exec(v);
  const n = m ? Number(m[1]) : Number.NaN;
  return n >= 1 && n <= 2_147_483_647 ? n : null;
};
export const NUMERO_ORIGINE_INVALIDE =
  'Numéro du signalement d’origine : écrivez le numéro affiché, par exemple « n° 395 ».';

export const statutChangeSchema = z
  .strictObject({
    statut: z.enum(STATUTS, { error: 'Statut inconnu.' }),
    commentaire: texteOptionnel(1000),
    /** The original by its id (from a list of candidates)… */
    doublonDeId: z.uuid({ error: 'Signalement d’origine : choisissez-le dans la liste.' }).nullish(),
    /** …or by the number people see: 395, "395" or "n° 395". */
    doublonDeNumero: z
      .union([z.number(), z.string().max(30, NUMERO_ORIGINE_INVALIDE)], { error: NUMERO_ORIGINE_INVALIDE })
      .nullish()
      .transform((v, ctx) => {
        if (v == null || v === '') return null;
        const n = lireNumeroSignalement(v);
        if (n === null) ctx.addIssue({ code: 'custom', message: NUMERO_ORIGINE_INVALIDE });
        return n;
      }),
  })
  .superRefine((v, ctx) => {
    if (v.statut === 'doublon' && !v.doublonDeId && v.doublonDeNumero == null)
      ctx.addIssue({
        code: 'custom',
        path: ['doublonDeNumero'],
        message: 'Numéro du signalement d’origine : choisissez un signalement proche ou écrivez son numéro.',
      });
    if (v.statut === 'rejete' && !v.commentaire)
      ctx.addIssue({ code: 'custom', path: ['commentaire'], message: 'Indiquez le motif du rejet.' });
  });
export type StatutChangeInput = z.infer<typeof statutChangeSchema>;
/** What a client sends (the number may be the text typed, « n° 395 »). */
export type StatutChangeBody = z.input<typeof statutChangeSchema>;

/** A coordinator sends a signalement to a partner (the one routed, or another). */
export const transmissionSchema = z.strictObject({ partenaireId: z.uuid() });

export const regleRoutageSchema = z
  .strictObject({
    categorie: z.enum(CATEGORIES, { error: 'Catégorie inconnue.' }),
    territoireId: z.uuid().nullish(),
    lieuId: z.uuid().nullish(),
    partenaireId: z.uuid(),
  })
  .superRefine((v, ctx) => {
    if (!v.territoireId === !v.lieuId)
      ctx.addIssue({
        code: 'custom',
        path: ['territoireId'],
        message: 'Indiquez un territoire ou un lieu (un seul).',
      });
  });
export type RegleRoutageInput = z.infer<typeof regleRoutageSchema>;

/**
 * Filters of the signalements list (docs/listes.md). A to-do list: without `statut`, only open
 * ones unless `ouverts=false`. `du`/`au` are Paris days of observation; `q` is a number or words
 * of the description.
 */
export const signalementListQuerySchema = z
  .object({
    statut: z.enum(STATUTS, { error: 'Statut inconnu.' }).optional(),
    categorie: z.enum(CATEGORIES, { error: 'Catégorie inconnue.' }).optional(),
    partenaireId: z.uuid().optional(),
    territoireId: z.uuid().optional(),
    qpv: qpvCodeSchema.optional(),
    /** Only those observed at most this many days ago. */
    ageMaxJours: z.coerce.number().int().min(1).max(3650).optional(),
    ouverts: z.enum(['true', 'false'], { error: 'Valeur attendue : true ou false.' }).optional(),
    /** Only those the user captured. */
    miens: z.enum(['true', 'false'], { error: 'Valeur attendue : true ou false.' }).optional(),
    q: recherche(100),
    ...periodeShape,
    ...paginationShape,
  })
  .refine(...periodeValide);
export type SignalementListQuery = z.infer<typeof signalementListQuerySchema>;

export const doublonsQuerySchema = z.object({
  categorie: z.enum(CATEGORIES, { error: 'Catégorie inconnue.' }),
  latitude: z.coerce.number().min(-90).max(90),
  longitude: z.coerce.number().min(-180).max(180),
  exclure: z.uuid().optional(),
});

export const delaisQuerySchema = z.object({
  depuis: jourSchema.optional(),
  jusqua: jourSchema.optional(),
  seuilRetardJours: z.coerce.number().int().min(1).max(365).default(30),
});

export const diagnosticCreateSchema = z.strictObject({
  id: z.uuid(),
  territoireId: z.uuid(),
  date: jourSchema,
  titre: texte(160),
  nbHabitants: z.number().int().min(0).max(1000),
  partenaireIds: z.array(z.uuid()).max(50).default([]),
});
export type DiagnosticCreateInput = z.infer<typeof diagnosticCreateSchema>;

/** Filters of the walks list (docs/listes.md); `du`/`au` bound the walk's day. */
export const diagnosticListQuerySchema = z
  .object({
    territoireId: z.uuid().optional(),
    qpv: qpvCodeSchema.optional(),
    ...periodeShape,
    ...paginationShape,
  })
  .refine(...periodeValide);
export type DiagnosticListQuery = z.infer<typeof diagnosticListQuerySchema>;
