/**
 * What the situations API answers: zod views (ADR 028). Which fields a reader gets depends on the
 * confidentiality matrix (`visibleFields`): those a reader may not see are absent, hence optional.
 */
import { z } from 'zod';
import { pageSchema } from '../liste';
import {
  CONSENTS,
  LINK_KINDS,
  OUTCOMES,
  PARTY_KINDS,
  PARTY_ROLES,
  SAISINE_PAR,
  SITUATION_KINDS,
  SITUATION_LINK_KINDS,
  SITUATION_STATUSES,
  STEP_KINDS,
} from './situation.taxonomies';

export const partyViewSchema = z.object({
  id: z.string(),
  kind: z.enum(PARTY_KINDS),
  role: z.enum(PARTY_ROLES),
  libelle: z.string(),
  partenaireId: z.string().nullable(),
  personneId: z.string().nullable(),
  consentement: z.enum(CONSENTS),
  dateConsentement: z.string().nullable(),
  partageIssue: z.boolean(),
});
export type PartyView = z.infer<typeof partyViewSchema>;

export const stepViewSchema = z.object({
  id: z.string(),
  kind: z.enum(STEP_KINDS),
  date: z.string(),
  dureeMinutes: z.number(),
  mediateurIds: z.array(z.string()),
  note: z.string().nullable(),
});
export type StepView = z.infer<typeof stepViewSchema>;

export const agreementViewSchema = z.object({
  id: z.string(),
  texte: z.string(),
  date: z.string(),
  partieIds: z.array(z.string()),
  dateSuivi: z.string(),
});
export type AgreementView = z.infer<typeof agreementViewSchema>;

export const impartialityWarningSchema = z.object({
  mediateurId: z.string(),
  lien: z.enum(LINK_KINDS),
  cible: z.enum(['lieu', 'partie']),
  cibleId: z.string(),
});
export type ImpartialityWarning = z.infer<typeof impartialityWarningSchema>;

export const assignmentViewSchema = z.object({
  mediateurId: z.string(),
  nom: z.string(),
  avertissements: z.array(impartialityWarningSchema),
  justification: z.string().nullable(),
});
export type AssignmentView = z.infer<typeof assignmentViewSchema>;

export const situationLinkViewSchema = z.object({ kind: z.enum(SITUATION_LINK_KINDS), cibleId: z.string() });
export type SituationLinkView = z.infer<typeof situationLinkViewSchema>;

/** Every field a situation can expose; which ones a reader gets is `visibleFields`. */
export const situationViewSchema = z.object({
  id: z.string(),
  kind: z.enum(SITUATION_KINDS),
  territoireId: z.string(),
  qpvCode: z.string(),
  statut: z.enum(SITUATION_STATUSES),
  dateSaisine: z.string().optional(),
  issue: z.enum(OUTCOMES).nullable().optional(),
  saisinePar: z.enum(SAISINE_PAR).optional(),
  lieuId: z.string().nullable().optional(),
  description: z.string().optional(),
  partenaireSaisissantId: z.string().nullable().optional(),
  mediateurs: z.array(assignmentViewSchema).optional(),
  parties: z.array(partyViewSchema).optional(),
  etapes: z.array(stepViewSchema).optional(),
  accord: agreementViewSchema.nullable().optional(),
  dateSuivi: z.string().nullable().optional(),
  suiviEnRetard: z.boolean().optional(),
  liens: z.array(situationLinkViewSchema).optional(),
  /** Whether the reader may open the notes (assigned team, coordination, direction). */
  accesNotes: z.boolean(),
});
export type SituationView = z.infer<typeof situationViewSchema>;

export const declarationViewSchema = z.object({
  id: z.uuid(),
  mediateurId: z.uuid(),
  kind: z.enum(LINK_KINDS),
  lieuId: z.uuid().nullable(),
  partieId: z.uuid().nullable(),
  precision: z.string().nullable(),
  dateDeclaration: z.string(),
});
export type DeclarationView = z.infer<typeof declarationViewSchema>;

/** The team's load: open situations and overdue follow-ups per mediator. */
export const teamLoadViewSchema = z.object({
  mediateurId: z.uuid(),
  nom: z.string(),
  ouvertes: z.int(),
  suivisEnRetard: z.int(),
});
export type TeamLoadView = z.infer<typeof teamLoadViewSchema>;

/** A line of the working lists: never a note, so lists are not audited reads. */
export const situationListItemSchema = situationViewSchema
  .pick({
    id: true,
    kind: true,
    territoireId: true,
    qpvCode: true,
    statut: true,
    dateSaisine: true,
    issue: true,
    dateSuivi: true,
    suiviEnRetard: true,
    accesNotes: true,
  })
  .extend({
    mediateurs: z.array(z.object({ mediateurId: z.string(), nom: z.string() })).optional(),
    /** The QPV's name, given with its code. */
    qpvNom: z.string(),
    /** With `lieuId` rights: the place's name. */
    lieuNom: z.string().nullable().optional(),
    /** With `parties` rights: the parties' pseudonyms. */
    partiesLibelles: z.array(z.string()).optional(),
    /** With `etapes` rights: the latest step of the timeline. */
    derniereEtape: z
      .object({ kind: z.enum(STEP_KINDS), date: z.string() })
      .nullable()
      .optional(),
  });
export type SituationListItem = z.infer<typeof situationListItemSchema>;
export const situationListViewSchema = pageSchema(situationListItemSchema);
