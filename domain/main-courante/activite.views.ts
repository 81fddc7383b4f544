/** What the main courante API answers: zod views (ADR 028), read by the server and the web. */
import { z } from 'zod';
import { pageSchema } from '../liste';
import {
  CADRES,
  CRENEAUX,
  GENRES,
  NATURES,
  OBSERVATION_KINDS,
  PUBLICS,
  STATUTS_REVUE,
} from './main-courante.taxonomies';

export const personneRefSchema = z.object({ id: z.string(), prenom: z.string(), nom: z.string() });
export type PersonneRef = z.infer<typeof personneRefSchema>;

export const contactViewSchema = z.object({
  id: z.string(),
  activiteId: z.string(),
  nature: z.enum(NATURES),
  nbPersonnes: z.int(),
  public: z.enum(PUBLICS),
  genre: z.enum(GENRES),
  lieuId: z.string().nullable(),
  heure: z.string().nullable(),
  commentaire: z.string().nullable(),
  /** Set when the contact was undone: a replay of its id must not bring it back. */
  supprime: z.boolean(),
});
export type ContactView = z.infer<typeof contactViewSchema>;

export const observationViewSchema = z.object({
  id: z.string(),
  activiteId: z.string(),
  territoireId: z.string(),
  kind: z.enum(OBSERVATION_KINDS),
  lieuId: z.string().nullable(),
  note: z.string(),
  heure: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
  traiteeLe: z.string().nullable(),
  traiteePar: z.string().nullable(),
  /** What it became: a signalement or a situation opened from it. */
  signalementId: z.string().nullable(),
  situationId: z.string().nullable(),
  supprimee: z.boolean(),
});
export type ObservationView = z.infer<typeof observationViewSchema>;

/** An observation in the veille list: where (QPV name, place), who and when, and its follow-up. */
export const observationListItemSchema = observationViewSchema.extend({
  activiteDebut: z.string(),
  qpvCode: z.string(),
  qpvNom: z.string(),
  /** The observation's place, else the activity's. */
  lieuNom: z.string().nullable(),
  auteur: z.object({ prenom: z.string(), nom: z.string() }),
});
export type ObservationListItem = z.infer<typeof observationListItemSchema>;
export const observationListViewSchema = pageSchema(observationListItemSchema);

export const revueHistoriqueViewSchema = z.object({
  action: z.enum(['validee', 'a_corriger', 'deverrouillee']),
  commentaire: z.string().nullable(),
  par: personneRefSchema.nullable(),
  le: z.string(),
});
export type RevueHistoriqueView = z.infer<typeof revueHistoriqueViewSchema>;

const nomme = z.object({ id: z.string(), nom: z.string() });

export const activiteListItemSchema = z.object({
  id: z.string(),
  cadre: z.enum(CADRES),
  debut: z.string(),
  fin: z.string().nullable(),
  etat: z.enum(['en_cours', 'terminee']),
  creneau: z.enum(CRENEAUX),
  dureeMinutes: z.number().nullable(),
  territoire: z.object({ id: z.string(), qpvCode: z.string(), nom: z.string() }),
  secteur: nomme.nullable(),
  lieu: nomme.nullable(),
  mediateurs: z.array(personneRefSchema),
  commentaire: z.string().nullable(),
  nbContacts: z.int(),
  nbPersonnes: z.int(),
  nbObservations: z.int(),
  statutRevue: z.enum(STATUTS_REVUE),
  verrouillee: z.boolean(),
  source: z.enum(['saisie', 'import']),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ActiviteListItem = z.infer<typeof activiteListItemSchema>;

export const activiteViewSchema = activiteListItemSchema.extend({
  contacts: z.array(contactViewSchema),
  observations: z.array(observationViewSchema),
  revue: z
    .object({ par: personneRefSchema.nullable(), le: z.string(), commentaire: z.string().nullable() })
    .nullable(),
  historiqueRevue: z.array(revueHistoriqueViewSchema),
  /** For the UI only (hides buttons): the server enforces the same rule. */
  peutModifier: z.boolean(),
});
export type ActiviteView = z.infer<typeof activiteViewSchema>;

export const activiteListViewSchema = pageSchema(activiteListItemSchema).extend({
  /** The days really covered: without `du`, the 30 days ending at `au` or today (ADR 019). */
  periode: z.object({ du: z.string(), au: z.string().nullable() }),
  /** Over every page of the filter and the period. */
  totaux: z.object({ activites: z.int(), contacts: z.int(), personnes: z.int() }),
});
export type ActiviteListView = z.infer<typeof activiteListViewSchema>;

/** What "Démarrer une tournée" pre-fills. */
export const derniereTourneeViewSchema = z.object({
  territoireId: z.string().nullable(),
  secteurId: z.string().nullable(),
  lieuId: z.string().nullable(),
  cadre: z.enum(CADRES).nullable(),
  /** Everyone present last time, the current user included. */
  mediateurIds: z.array(z.string()),
  collegues: z.array(personneRefSchema),
  /** The user's activity still in progress, to resume it. */
  enCours: z.object({ id: z.string(), debut: z.string() }).nullable(),
});
export type DerniereTourneeView = z.infer<typeof derniereTourneeViewSchema>;

export const mediateurViewSchema = personneRefSchema.extend({
  role: z.enum(['mediateur', 'coordinateur']),
  /** null: every QPV of the structure. */
  territoireIds: z.array(z.string()).nullable(),
});
export type MediateurView = z.infer<typeof mediateurViewSchema>;

export const importRejetSchema = z.object({
  ligne: z.int(),
  colonne: z.string().nullable(),
  message: z.string(),
});
export type ImportRejet = z.infer<typeof importRejetSchema>;

export const importReportSchema = z.object({
  mode: z.enum(['atomic', 'partial']),
  dryRun: z.boolean(),
  lignes: z.int(),
  activites: z.int(),
  contacts: z.int(),
  /** At most 1,000 listed (REPORT_LIST_MAX); `nbLieuxCrees` counts them all. */
  lieuxCrees: z.array(z.string()),
  nbLieuxCrees: z.int(),
  /** At most 1,000 listed (REPORT_LIST_MAX), values from the file cut at 200 characters; `nbRejets` counts them all. */
  rejets: z.array(importRejetSchema),
  nbRejets: z.int(),
  dejaImportees: z.int(),
});
export type ImportReport = z.infer<typeof importReportSchema>;
