/** Codes of TAXONOMIES.md "Situations & médiations", with their French labels. */

import { type CodeOf, codeList } from '../code-list';

export const SITUATION_KIND_LIST = codeList({
  voisinage_bruit: 'Voisinage — bruit',
  voisinage_parties_communes: 'Voisinage — parties communes',
  voisinage_animaux: 'Voisinage — animaux',
  voisinage_stationnement: 'Voisinage — stationnement',
  voisinage_degradations: 'Voisinage — dégradations',
  voisinage_autre: 'Voisinage — autre',
  espace_public_occupation: 'Espace public — occupation',
  espace_public_usage: 'Espace public — usages',
  espace_public_rixe: 'Espace public — rixe',
  usager_institution: 'Usager – institution',
  transport: 'Transport',
  intrafamilial: 'Intrafamilial (orientation uniquement)',
  autre: 'Autre',
});
export const SITUATION_KINDS = SITUATION_KIND_LIST.codes;
export type SituationKind = CodeOf<typeof SITUATION_KIND_LIST>;
export const SITUATION_KIND_LABELS = SITUATION_KIND_LIST.labels;

export const STEP_KIND_LIST = codeList({
  saisine: 'Saisine',
  prise_de_contact: 'Prise de contact',
  entretien_individuel: 'Entretien individuel',
  rencontre_mediation: 'Rencontre de médiation',
  navette: 'Navette entre les parties',
  accord: 'Accord',
  suivi: 'Suivi',
  cloture: 'Clôture',
});
export const STEP_KINDS = STEP_KIND_LIST.codes;
export type StepKind = CodeOf<typeof STEP_KIND_LIST>;
export const STEP_KIND_LABELS = STEP_KIND_LIST.labels;
/** Steps a mediator records directly; saisine, accord and clôture come from their own actions. */
export const RECORDABLE_STEPS = [
  'prise_de_contact',
  'entretien_individuel',
  'rencontre_mediation',
  'navette',
  'suivi',
] as const satisfies readonly StepKind[];
export type RecordableStep = (typeof RECORDABLE_STEPS)[number];

export const SAISINE_PAR_LIST = codeList({
  habitant: 'Habitant·e',
  bailleur: 'Bailleur',
  ville: 'Ville',
  police: 'Police',
  transporteur: 'Transporteur',
  association: 'Association',
  auto_saisine: 'Auto-saisine',
  autre: 'Autre',
});
export const SAISINE_PAR = SAISINE_PAR_LIST.codes;
export type SaisinePar = CodeOf<typeof SAISINE_PAR_LIST>;
export const SAISINE_PAR_LABELS = SAISINE_PAR_LIST.labels;

export const OUTCOME_LIST = codeList({
  resolu: 'Résolu',
  apaise: 'Apaisé',
  non_resolu: 'Non résolu',
  oriente: 'Orienté',
  refus_mediation: 'Refus de médiation',
  abandon: 'Abandon',
});
export const OUTCOMES = OUTCOME_LIST.codes;
export type Outcome = CodeOf<typeof OUTCOME_LIST>;
export const OUTCOME_LABELS = OUTCOME_LIST.labels;

/** Status of a situation, moved by its steps. */
export const SITUATION_STATUS_LIST = codeList({
  ouverte: 'Ouverte',
  en_cours: 'En cours',
  en_suivi: 'Accord — en suivi',
  cloturee: 'Clôturée',
});
export const SITUATION_STATUSES = SITUATION_STATUS_LIST.codes;
export type SituationStatus = CodeOf<typeof SITUATION_STATUS_LIST>;
export const SITUATION_STATUS_LABELS = SITUATION_STATUS_LIST.labels;

export const PARTY_KIND_LIST = codeList({
  menage: 'Ménage',
  personne: 'Personne',
  groupe: 'Groupe',
  institution: 'Institution ou partenaire',
});
export const PARTY_KINDS = PARTY_KIND_LIST.codes;
export type PartyKind = CodeOf<typeof PARTY_KIND_LIST>;
export const PARTY_KIND_LABELS = PARTY_KIND_LIST.labels;

export const PARTY_ROLE_LIST = codeList({
  demandeur: 'Demandeur',
  mis_en_cause: 'Mis en cause',
  tiers: 'Tiers',
});
export const PARTY_ROLES = PARTY_ROLE_LIST.codes;
export type PartyRole = CodeOf<typeof PARTY_ROLE_LIST>;
export const PARTY_ROLE_LABELS = PARTY_ROLE_LIST.labels;

export const CONSENT_LIST = codeList({
  en_attente: 'En attente',
  accorde: 'Accordé',
  refuse: 'Refusé',
});
export const CONSENTS = CONSENT_LIST.codes;
export type Consent = CodeOf<typeof CONSENT_LIST>;
export const CONSENT_LABELS = CONSENT_LIST.labels;

export const LINK_KIND_LIST = codeList({
  meme_residence: 'Habite la même résidence',
  famille: 'Lien familial',
  ami: 'Lien d’amitié',
  autre: 'Autre lien',
});
export const LINK_KINDS = LINK_KIND_LIST.codes;
export type MediatorLinkKind = CodeOf<typeof LINK_KIND_LIST>;
export const LINK_KIND_LABELS = LINK_KIND_LIST.labels;

/** What a situation can be linked to (other modules, built in parallel: plain ids). */
export const SITUATION_LINK_KIND_LIST = codeList({
  contact: 'Contact de main courante',
  observation: 'Observation de main courante',
  orientation: 'Orientation',
  signalement: 'Signalement',
});
export const SITUATION_LINK_KINDS = SITUATION_LINK_KIND_LIST.codes;
export type SituationLinkKind = CodeOf<typeof SITUATION_LINK_KIND_LIST>;
export const SITUATION_LINK_KIND_LABELS = SITUATION_LINK_KIND_LIST.labels;

/** Days between an agreement and its proposed follow-up. */
export const FOLLOW_UP_DAYS = 28;
