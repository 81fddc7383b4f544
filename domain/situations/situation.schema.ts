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

export * from './situation.views';

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
