/** What the signalements API answers: zod views (ADR 028), read by the server and the web. */
import { z } from 'zod';
import { pageSchema } from '../liste';
import { CATEGORIES, STATUTS } from './signalement.taxonomies';

export const historiqueEntreeSchema = z.object({
  statut: z.enum(STATUTS),
  le: z.string(),
  par: z.string(),
  via: z.enum(['application', 'portail', 'lien', 'open311', 'systeme']),
  commentaire: z.string().nullable(),
});
export type HistoriqueEntree = z.infer<typeof historiqueEntreeSchema>;

export const photoViewSchema = z.object({
  id: z.string(),
  largeur: z.int(),
  hauteur: z.int(),
  taille: z.int(),
});
export type PhotoView = z.infer<typeof photoViewSchema>;

export const signalementViewSchema = z.object({
  id: z.string(),
  numero: z.int(),
  categorie: z.enum(CATEGORIES),
  statut: z.enum(STATUTS),
  territoireId: z.string(),
  qpvCode: z.string().nullable(),
  lieuId: z.string().nullable(),
  lieuNom: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  description: z.string().nullable(),
  descriptionInterne: z.boolean(),
  partenaireId: z.string().nullable(),
  partenaireNom: z.string().nullable(),
  routage: z.enum(['lieu', 'regle_lieu', 'regle_territoire', 'coordination', 'manuel']),
  alerteRoutage: z.string().nullable(),
  doublonDeId: z.string().nullable(),
  observeLe: z.string(),
  creeLe: z.string(),
  majLe: z.string(),
  photos: z.array(photoViewSchema),
});
export type SignalementView = z.infer<typeof signalementViewSchema>;
export const signalementListViewSchema = pageSchema(signalementViewSchema);

/** Landmarks for whoever must go there: nearest known place, QPV outline ([lon, lat] rings). */
export const reperesSchema = z.object({
  lieuProche: z.object({ nom: z.string(), distanceM: z.number() }).nullable(),
  qpvNom: z.string().nullable(),
  contour: z.array(z.array(z.tuple([z.number(), z.number()]))).nullable(),
});
export type Reperes = z.infer<typeof reperesSchema>;

export const signalementDetailSchema = signalementViewSchema.extend({
  historique: z.array(historiqueEntreeSchema),
  /** Given when one signalement is read (not in capture answers nor the audit). */
  reperes: reperesSchema.optional(),
});
export type SignalementDetail = z.infer<typeof signalementDetailSchema>;

export const doublonViewSchema = signalementViewSchema.extend({ distanceM: z.number() });
export type DoublonView = z.infer<typeof doublonViewSchema>;

export const captureResultViewSchema = z.object({
  signalement: signalementDetailSchema,
  created: z.boolean(),
  doublonsPossibles: z.array(doublonViewSchema),
});
export type CaptureResultView = z.infer<typeof captureResultViewSchema>;

export const delaiLigneSchema = z.object({
  partenaireId: z.string(),
  partenaireNom: z.string(),
  categorie: z.enum(CATEGORIES),
  transmis: z.int(),
  /** Median real elapsed hours from transmission; null when none reached that status. */
  medianePriseEnCompteH: z.number().nullable(),
  medianeResolutionH: z.number().nullable(),
  /** Share of the transmitted ones solved before the same Paris time 7 (30) calendar days later. */
  partResolus7j: z.number(),
  partResolus30j: z.number(),
});
export type DelaiLigne = z.infer<typeof delaiLigneSchema>;

export const enRetardSchema = z.object({
  id: z.string(),
  numero: z.int(),
  categorie: z.enum(CATEGORIES),
  statut: z.enum(STATUTS),
  partenaireNom: z.string(),
  transmisLe: z.string(),
  joursDepuisTransmission: z.number(),
});
export type EnRetard = z.infer<typeof enRetardSchema>;

export const delaisViewSchema = z.object({
  lignes: z.array(delaiLigneSchema),
  enRetard: z.array(enRetardSchema),
});
export type DelaisView = z.infer<typeof delaisViewSchema>;

/** What the partner's signed link shows. */
export const lienViewSchema = z.object({
  partenaireNom: z.string(),
  expireLe: z.string(),
  signalement: signalementDetailSchema,
});
export type LienView = z.infer<typeof lienViewSchema>;

/** A routing rule: a category (and a QPV or a place) goes to a partner. */
export const regleViewSchema = z.object({
  id: z.uuid(),
  categorie: z.string(),
  territoireId: z.uuid().nullable(),
  lieuId: z.uuid().nullable(),
  partenaireId: z.uuid(),
  partenaireNom: z.string(),
});
export type RegleView = z.infer<typeof regleViewSchema>;

/** An Open311 key as its structure's admins see it; the clear key only in the answer to its creation. */
export const cleOpen311ViewSchema = z.object({
  id: z.uuid(),
  libelle: z.string(),
  creeLe: z.string(),
  revoqueeLe: z.string().nullable(),
  cle: z.string().optional(),
});
export type CleOpen311View = z.infer<typeof cleOpen311ViewSchema>;

export const diagnosticViewSchema = z.object({
  id: z.string(),
  territoireId: z.string(),
  date: z.string(),
  titre: z.string(),
  nbHabitants: z.int(),
  partenaires: z.array(z.object({ id: z.string(), nom: z.string() })),
  nbSignalements: z.int(),
});
export type DiagnosticView = z.infer<typeof diagnosticViewSchema>;
export const diagnosticListViewSchema = pageSchema(diagnosticViewSchema);
export const diagnosticDetailViewSchema = z.object({
  diagnostic: diagnosticViewSchema,
  signalements: z.array(signalementViewSchema),
});
