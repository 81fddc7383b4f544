/**
 * The report sections fed by the accueil, situations and signalements modules (issue 7): zod
 * views of the JSON (ADR 028), every code of every list present. Definitions: docs/rapports.md.
 */
import { z } from 'zod';
import { MOTIFS, ORIENTATION_STATUTS, REPONSES } from '../accueil/accueil.taxonomies';
import { CATEGORIES, STATUTS } from '../signalements/signalement.taxonomies';
import { OUTCOMES, SAISINE_PAR, SITUATION_KINDS } from '../situations/situation.taxonomies';

/** A figure for each code of a list: a record over a zod enum requires every key. */
export const parCode = <C extends string, V extends z.ZodType = z.ZodNumber>(
  codes: readonly [C, ...C[]],
  valeur?: V,
) => z.record(z.enum(codes), (valeur ?? z.number()) as V);

export const rapportAccueilSchema = z.object({
  demandes: z.number(),
  /** A request with several motives counts once under each. */
  par_motif: parCode(MOTIFS),
  /** Requests that received at least one response of this kind. */
  par_reponse: parCode(REPONSES),
});
export type RapportAccueil = z.infer<typeof rapportAccueilSchema>;

export const orientationsPartenaireSchema = z.object({
  /** null: orientations to a service linked to no partner. */
  id: z.string().nullable(),
  nom: z.string(),
  nombre: z.number(),
  abouties: z.number(),
  taux_reussite: z.number().nullable(),
});
export type OrientationsPartenaire = z.infer<typeof orientationsPartenaireSchema>;

export const rapportOrientationsSchema = z.object({
  nombre: z.number(),
  par_motif: parCode(MOTIFS),
  par_statut: parCode(ORIENTATION_STATUTS),
  par_partenaire: z.array(orientationsPartenaireSchema),
  /** aboutie ÷ orientations with a final status (0–1, 3 decimals); null when none is final. */
  taux_reussite: z.number().nullable(),
});
export type RapportOrientations = z.infer<typeof rapportOrientationsSchema>;

export const rapportSituationsSchema = z.object({
  ouvertes: z.number(),
  closes: z.number(),
  par_type: parCode(SITUATION_KINDS),
  par_origine: parCode(SAISINE_PAR),
  par_issue: parCode(OUTCOMES),
  duree_mediane_jours: z.number().nullable(),
});
export type RapportSituations = z.infer<typeof rapportSituationsSchema>;

const delaisMedians = {
  delai_median_prise_en_compte_heures: z.number().nullable(),
  delai_median_resolution_heures: z.number().nullable(),
};
export type DelaisMedians = z.infer<z.ZodObject<typeof delaisMedians>>;

export const signalementsPartenaireSchema = z.object({
  /** null: signalements routed to no partner. */
  id: z.string().nullable(),
  nom: z.string(),
  nombre: z.number(),
  ...delaisMedians,
});
export type SignalementsPartenaire = z.infer<typeof signalementsPartenaireSchema>;

export const rapportSignalementsSchema = z.object({
  nombre: z.number(),
  par_categorie: parCode(CATEGORIES),
  par_statut: parCode(STATUTS),
  par_partenaire: z.array(signalementsPartenaireSchema),
  ...delaisMedians,
});
export type RapportSignalements = z.infer<typeof rapportSignalementsSchema>;

export const rapportSectionsShape = {
  accueil: rapportAccueilSchema,
  orientations: rapportOrientationsSchema,
  situations: rapportSituationsSchema,
  signalements: rapportSignalementsSchema,
};
export type RapportSections = z.infer<z.ZodObject<typeof rapportSectionsShape>>;

/** Name of the line that gathers what has no partner, in the JSON and the tables. */
export const SANS_PARTENAIRE = 'Sans partenaire';
