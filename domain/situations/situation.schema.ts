import { z } from 'zod';
import { listeQuerySchema, paginationShape, periodeShape, periodeValide } from '../liste';
import { qpvCodeSchema } from '../territoires/territoire.schema';
import { identifiant, jourSchema, texte, texteOptionnel } from '../zod-fr';
import {
  CONSENTS,
  type Consent,
  LINK_KINDS,
  type MediatorLinkKind,
  OUTCOMES,
  type Outcome,
  PARTY_KINDS,
  PARTY_ROLES,
  type PartyKind,
  type PartyRole,
  RECORDABLE_STEPS,
  SAISINE_PAR,
  type SaisinePar,
  SITUATION_KINDS,
  SITUATION_LINK_KINDS,
  SITUATION_STATUSES,
  type SituationKind,
  type SituationLinkKind,
  type SituationStatus,
  type StepKind,
} from './situation.taxonomies';

/** A calendar day, YYYY-MM-DD (Europe/Paris). */
export const jour = jourSchema;

const uuidList = (min: number, max: number) => z.array(z.uuid()).min(min).max(max);

export const situationCreateSchema = z.strictObject({
  /** Made by the client so that a capture can be retried without duplicates. */
  id: z.uuid().optional(),
  kind: z.enum(SITUATION_KINDS, { error: 'Type de situation inconnu.' }),
  saisinePar: z.enum(SAISINE_PAR, { error: 'Origine de la saisine inconnue.' }),
  territoireId: z.uuid(),
  lieuId: z
    .uuid()
    .nullish()
    .transform((v) => v ?? null),
  description: texte(1000),
  dateSaisine: jour.optional(),
  partenaireSaisissantId: z
    .uuid()
    .nullish()
    .transform((v) => v ?? null),
  /** Default: the mediator who opens it. */
  mediateurIds: uuidList(1, 2).optional(),
  justification: texteOptionnel(1000),
  /** The main-courante entry it comes from, if any. */
  origine: z
    .strictObject({ kind: z.enum(['contact', 'observation']), id: identifiant(100) })
    .nullish()
    .transform((v) => v ?? null),
});
export type SituationCreateInput = z.infer<typeof situationCreateSchema>;

export const stepCreateSchema = z.strictObject({
  id: z.uuid().optional(),
  kind: z.enum(RECORDABLE_STEPS, { error: 'Étape inconnue ou enregistrée par une autre action.' }),
  date: jour,
  dureeMinutes: z.int().min(0).max(720),
  mediateurIds: uuidList(1, 4),
  note: texteOptionnel(1000),
});
export type StepCreateInput = z.infer<typeof stepCreateSchema>;

export const partyCreateSchema = z.strictObject({
  id: z.uuid().optional(),
  kind: z.enum(PARTY_KINDS, { error: 'Type de partie inconnu.' }),
  role: z.enum(PARTY_ROLES, { error: 'Rôle inconnu.' }),
  /** Pseudonymous by default ("Ménage A"): never required to be a real name. */
  libelle: texteOptionnel(80),
  partenaireId: z
    .uuid()
    .nullish()
    .transform((v) => v ?? null),
  /** The person's file at the accueil, when the party is a person the team already knows. */
  personneId: z
    .uuid({ error: 'Fiche personne inconnue.' })
    .nullish()
    .transform((v) => v ?? null),
});
export type PartyCreateInput = z.infer<typeof partyCreateSchema>;

export const consentSchema = z
  .strictObject({
    consentement: z.enum(CONSENTS, { error: 'Consentement inconnu.' }),
    date: jour.nullish().transform((v) => v ?? null),
    partageIssue: z.boolean().default(false),
  })
  .refine((v) => v.consentement === 'en_attente' || v.date !== null, {
    path: ['date'],
    error: 'La date du consentement (ou du refus) est obligatoire.',
  });
export type ConsentInput = z.infer<typeof consentSchema>;

export const agreementSchema = z.strictObject({
  texte: texte(4000),
  date: jour,
  partieIds: uuidList(2, 10),
  /** Default: four weeks after the agreement. */
  dateSuivi: jour.optional(),
});
export type AgreementInput = z.infer<typeof agreementSchema>;

export const closureSchema = z.strictObject({
  issue: z.enum(OUTCOMES, { error: 'Choisissez l’issue de la situation pour la clôturer.' }),
  date: jour,
  note: texteOptionnel(1000),
});
export type ClosureInput = z.infer<typeof closureSchema>;

export const reopenSchema = z.strictObject({ motif: texte(500) });

export const assignmentSchema = z.strictObject({
  mediateurIds: uuidList(1, 2),
  justification: texteOptionnel(1000),
});
export type AssignmentInput = z.infer<typeof assignmentSchema>;

export const situationLinkSchema = z.strictObject({
  kind: z.enum(SITUATION_LINK_KINDS, { error: 'Type de lien inconnu.' }),
  cibleId: identifiant(100),
});

export const declarationSchema = z
  .strictObject({
    kind: z.enum(LINK_KINDS, { error: 'Type de lien inconnu.' }),
    lieuId: z
      .uuid()
      .nullish()
      .transform((v) => v ?? null),
    partieId: z
      .uuid()
      .nullish()
      .transform((v) => v ?? null),
    precision: texteOptionnel(300),
  })
  .refine((v) => (v.lieuId === null) !== (v.partieId === null), {
    path: ['lieuId'],
    error: 'Indiquez un lieu ou une partie (l’un des deux).',
  });
export type DeclarationInput = z.infer<typeof declarationSchema>;

/** Filters of the declared links list: a coordinator may narrow to one mediator. */
export const declarationListQuery = listeQuerySchema({ mediateurId: z.uuid().optional() });
export type DeclarationListQuery = z.infer<typeof declarationListQuery>;

const flag = z
  .enum(['1', 'true', '0', 'false'])
  .optional()
  .transform((v) => v === '1' || v === 'true');
/**
 * Filters of the situations working list (docs/listes.md). Opens on the open ones: without
 * `statut`, `ouvertes=false` adds the closed ones. `du`/`au` bound the referral day.
 */
export const situationListQuery = z
  .strictObject({
    mine: flag,
    enRetard: flag,
    statut: z.enum(SITUATION_STATUSES, { error: 'Statut inconnu.' }).optional(),
    ouvertes: z.enum(['true', 'false'], { error: 'Valeur attendue : true ou false.' }).optional(),
    territoireId: z.uuid().optional(),
    /** The situations in which one person's file is a party. */
    personneId: z.uuid({ error: 'Identifiant de fiche invalide.' }).optional(),
    qpv: qpvCodeSchema.optional(),
    ...periodeShape,
    ...paginationShape,
  })
  .refine(...periodeValide);
export type SituationListQuery = z.infer<typeof situationListQuery>;

// ---- Views (what the API answers; fields depend on the confidentiality matrix) ----

export interface PartyView {
  id: string;
  kind: PartyKind;
  role: PartyRole;
  libelle: string;
  partenaireId: string | null;
  personneId: string | null;
  consentement: Consent;
  dateConsentement: string | null;
  partageIssue: boolean;
}
export interface StepView {
  id: string;
  kind: StepKind;
  date: string;
  dureeMinutes: number;
  mediateurIds: string[];
  note: string | null;
}
export interface AgreementView {
  id: string;
  texte: string;
  date: string;
  partieIds: string[];
  dateSuivi: string;
}
export interface AssignmentView {
  mediateurId: string;
  nom: string;
  avertissements: ImpartialityWarning[];
  justification: string | null;
}
export interface ImpartialityWarning {
  mediateurId: string;
  lien: MediatorLinkKind;
  cible: 'lieu' | 'partie';
  cibleId: string;
}
export interface SituationLinkView {
  kind: SituationLinkKind;
  cibleId: string;
}

/** Every field a situation can expose; which ones a reader gets is `visibleFields`. */
export interface SituationView {
  id: string;
  kind: SituationKind;
  territoireId: string;
  qpvCode: string;
  statut: SituationStatus;
  dateSaisine?: string;
  issue?: Outcome | null;
  saisinePar?: SaisinePar;
  lieuId?: string | null;
  description?: string;
  partenaireSaisissantId?: string | null;
  mediateurs?: AssignmentView[];
  parties?: PartyView[];
  etapes?: StepView[];
  accord?: AgreementView | null;
  dateSuivi?: string | null;
  suiviEnRetard?: boolean;
  liens?: SituationLinkView[];
  /** Whether the reader may open the notes (assigned team, coordination, direction). */
  accesNotes: boolean;
}

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
export interface SituationListItem {
  id: string;
  kind: SituationKind;
  territoireId: string;
  qpvCode: string;
  statut: SituationStatus;
  dateSaisine?: string;
  issue?: Outcome | null;
  mediateurs?: Array<{ mediateurId: string; nom: string }>;
  dateSuivi?: string | null;
  suiviEnRetard?: boolean;
  accesNotes: boolean;
  /** The QPV's name, given with its code. */
  qpvNom: string;
  /** With `lieuId` rights: the place's name. */
  lieuNom?: string | null;
  /** With `parties` rights: the parties' pseudonyms. */
  partiesLibelles?: string[];
  /** With `etapes` rights: the latest step of the timeline. */
  derniereEtape?: { kind: StepKind; date: string } | null;
}
