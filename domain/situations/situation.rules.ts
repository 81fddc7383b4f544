/**
 * Pure rules of situations & médiations: confidentiality, consent, step order, impartiality.
 * The server enforces them; the web uses them to show only what makes sense.
 */
import { type Actor, coversTerritory } from '../auth/roles';
import type { ImpartialityWarning, SituationView } from './situation.schema';
import {
  type Consent,
  FOLLOW_UP_DAYS,
  type MediatorLinkKind,
  type Outcome,
  type PartyRole,
  type SituationKind,
  type SituationStatus,
  type StepKind,
} from './situation.taxonomies';

// ---- Confidentiality ----

/**
 * How much of a situation a reader gets:
 * - `complet`: assigned mediators, coordination, direction — notes included (and audit-logged);
 * - `existence`: other staff of the territory — kind, QPV, status, so no two mediators knock on the same door;
 * - `saisissant`: the partner that made the referral — status, and the outcome only if the parties agreed;
 * - `aucun`: anyone else (404).
 */
export type SituationAccess = 'complet' | 'existence' | 'saisissant' | 'aucun';

export interface SituationAccessFacts {
  structureId: string;
  territoryId: string;
  referrerPartnerId: string | null;
  assignedMediatorIds: readonly string[];
}

export function situationAccess(actor: Actor, s: SituationAccessFacts): SituationAccess {
  if (actor.structureId !== s.structureId) return 'aucun';
  if (actor.role === 'partenaire') {
    return s.referrerPartnerId !== null && actor.partnerId === s.referrerPartnerId ? 'saisissant' : 'aucun';
  }
  if (actor.role === 'mediateur' && s.assignedMediatorIds.includes(actor.userId)) return 'complet';
  if (!coversTerritory(actor, s.territoryId)) return 'aucun';
  if (actor.role === 'coordinateur' || actor.role === 'direction') return 'complet';
  return 'existence';
}

export const SITUATION_FIELDS = [
  'id',
  'kind',
  'territoireId',
  'qpvCode',
  'statut',
  'dateSaisine',
  'issue',
  'saisinePar',
  'lieuId',
  'description',
  'partenaireSaisissantId',
  'mediateurs',
  'parties',
  'etapes',
  'accord',
  'dateSuivi',
  'suiviEnRetard',
  'liens',
] as const satisfies ReadonlyArray<keyof SituationView>;
export type SituationField = (typeof SITUATION_FIELDS)[number];

const EXISTENCE_FIELDS: readonly SituationField[] = ['id', 'kind', 'territoireId', 'qpvCode', 'statut'];

/** The fields of the confidentiality matrix a reader gets. */
export function visibleFields(access: SituationAccess, o: { outcomeShared: boolean }): Set<SituationField> {
  switch (access) {
    case 'complet':
      return new Set(SITUATION_FIELDS);
    case 'existence':
      return new Set(EXISTENCE_FIELDS);
    case 'saisissant':
      return new Set<SituationField>([
        ...EXISTENCE_FIELDS,
        'dateSaisine',
        ...(o.outcomeShared ? ['issue' as const] : []),
      ]);
    case 'aucun':
      return new Set();
  }
}

/** Notes (description, parties, steps, agreement) are read only with full access. */
export const canReadNotes = (access: SituationAccess) => access === 'complet';
/** Recording steps, parties, consent, agreement, closure: the assigned team and coordination. */
export const canWriteSituation = (actor: Pick<Actor, 'role'>, access: SituationAccess) =>
  access === 'complet' &&
  (actor.role === 'mediateur' || actor.role === 'coordinateur' || actor.role === 'direction');
export const canOpenSituation = (a: Pick<Actor, 'role'>) =>
  a.role === 'mediateur' || a.role === 'coordinateur' || a.role === 'direction';
export const canAssignMediators = (a: Pick<Actor, 'role'>) =>
  a.role === 'coordinateur' || a.role === 'direction';
export const canSeeTeamLoad = canAssignMediators;
export const canDeclareLinks = (a: Pick<Actor, 'role'>) =>
  a.role === 'mediateur' || a.role === 'coordinateur';
export const canSeeAllDeclarations = canAssignMediators;

/** The referrer sees the outcome only if every demandeur and mis en cause agreed to share it. */
export function outcomeShared(parties: ReadonlyArray<{ role: PartyRole; partageIssue: boolean }>): boolean {
  const sides = parties.filter((p) => p.role !== 'tiers');
  return sides.length > 0 && sides.every((p) => p.partageIssue);
}

// ---- Consent ----

interface PartyConsent {
  role: PartyRole;
  consentement: Consent;
  dateConsentement: string | null;
}

/**
 * Why a joint meeting (or an agreement between the parties) cannot be recorded on `date`, or null.
 * Both sides must be present and every demandeur and mis en cause must have consented on or before it.
 */
export function jointMeetingProblem(parties: readonly PartyConsent[], date: string): string | null {
  const sides = parties.filter((p) => p.role !== 'tiers');
  if (!sides.some((p) => p.role === 'demandeur') || !sides.some((p) => p.role === 'mis_en_cause')) {
    return 'Une rencontre de médiation demande au moins un demandeur et un mis en cause parmi les parties.';
  }
  const missing = sides.filter((p) => p.consentement !== 'accorde');
  if (missing.length) {
    return 'Le consentement libre de chaque partie (demandeur et mis en cause) est requis avant une rencontre de médiation.';
  }
  if (sides.some((p) => p.dateConsentement !== null && p.dateConsentement > date)) {
    return 'La rencontre ne peut pas précéder le consentement des parties.';
  }
  return null;
}

// ---- Step order ----

/** Steps that are mediation itself: never for an intrafamilial situation (orientation only). */
export const MEDIATION_STEPS: readonly StepKind[] = ['rencontre_mediation', 'navette', 'accord', 'suivi'];
/** Outcomes allowed when closing an intrafamilial situation. */
export const INTRAFAMILIAL_OUTCOMES: readonly Outcome[] = ['oriente', 'abandon'];

interface StepFacts {
  kind: SituationKind;
  statut: SituationStatus;
  dateSaisine: string;
}

/** Why `step` cannot be added to the situation on `date`, or null. */
export function stepProblem(s: StepFacts, step: StepKind, date: string, today: string): string | null {
  if (s.statut === 'cloturee') return 'La situation est clôturée : rouvrez-la avant d’ajouter une étape.';
  if (s.kind === 'intrafamilial' && MEDIATION_STEPS.includes(step)) {
    return 'Situation intrafamiliale : orientation uniquement, pas d’étape de médiation.';
  }
  if (step === 'saisine' || step === 'cloture')
    return 'Cette étape est enregistrée par l’ouverture ou la clôture.';
  if (date < s.dateSaisine) return 'L’étape ne peut pas précéder la saisine.';
  if (date > today) return 'L’étape ne peut pas être datée dans le futur.';
  return null;
}

/** Why the situation cannot be closed with this outcome, or null. */
export function closureProblem(
  s: StepFacts,
  outcome: Outcome | null | undefined,
  date: string,
  today: string,
) {
  if (s.statut === 'cloturee') return 'La situation est déjà clôturée.';
  if (!outcome) return 'Une issue est obligatoire pour clôturer la situation.';
  if (s.kind === 'intrafamilial' && !INTRAFAMILIAL_OUTCOMES.includes(outcome)) {
    return 'Situation intrafamiliale : l’issue ne peut être que « Orienté » ou « Abandon ».';
  }
  if (date < s.dateSaisine) return 'La clôture ne peut pas précéder la saisine.';
  if (date > today) return 'La clôture ne peut pas être datée dans le futur.';
  return null;
}

export const reopenProblem = (s: Pick<StepFacts, 'statut'>) =>
  s.statut === 'cloturee' ? null : 'Seule une situation clôturée peut être rouverte.';

/** The status after a step. */
export function statusAfter(step: StepKind, current: SituationStatus): SituationStatus {
  if (step === 'cloture') return 'cloturee';
  if (step === 'accord') return 'en_suivi';
  if (step === 'saisine') return 'ouverte';
  if (step === 'suivi') return current === 'en_suivi' ? 'en_suivi' : 'en_cours';
  return current === 'en_suivi' ? 'en_suivi' : 'en_cours';
}

// ---- Follow-up ----

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
export const proposedFollowUp = (agreementDay: string) => addDays(agreementDay, FOLLOW_UP_DAYS);
export const isFollowUpOverdue = (s: { statut: SituationStatus; dateSuivi: string | null }, today: string) =>
  s.statut !== 'cloturee' && s.dateSuivi !== null && s.dateSuivi < today;

// ---- Impartiality ----

export interface DeclaredLink {
  userId: string;
  kind: MediatorLinkKind;
  placeId: string | null;
  partyId: string | null;
}

/** Warnings for assigning `mediatorIds` to a situation at `placeId` with these parties. */
export function impartialityWarnings(
  links: readonly DeclaredLink[],
  target: { placeId: string | null; partyIds: readonly string[] },
  mediatorIds: readonly string[],
): ImpartialityWarning[] {
  const out: ImpartialityWarning[] = [];
  for (const l of links) {
    if (!mediatorIds.includes(l.userId)) continue;
    if (l.placeId && l.placeId === target.placeId) {
      out.push({ mediateurId: l.userId, lien: l.kind, cible: 'lieu', cibleId: l.placeId });
    } else if (l.partyId && target.partyIds.includes(l.partyId)) {
      out.push({ mediateurId: l.userId, lien: l.kind, cible: 'partie', cibleId: l.partyId });
    }
  }
  return out;
}

/** Why an assignment with warnings cannot be saved as is, or null. */
export function assignmentProblem(
  actor: Pick<Actor, 'role'>,
  warnings: readonly ImpartialityWarning[],
  justification: string | null,
): string | null {
  if (warnings.length === 0) return null;
  if (!canAssignMediators(actor)) {
    return 'Un lien déclaré concerne ce lieu ou une partie : la coordination doit attribuer cette situation et justifier ce choix.';
  }
  if (!justification) {
    return 'Un lien déclaré concerne ce lieu ou une partie : écrivez une justification pour confirmer l’attribution.';
  }
  return null;
}
