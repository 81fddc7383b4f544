/** Codes of TAXONOMIES.md "Situations & médiations", with their French labels. */

export const SITUATION_KINDS = [
  'voisinage_bruit',
  'voisinage_parties_communes',
  'voisinage_animaux',
  'voisinage_stationnement',
  'voisinage_degradations',
  'voisinage_autre',
  'espace_public_occupation',
  'espace_public_usage',
  'espace_public_rixe',
  'usager_institution',
  'transport',
  'intrafamilial',
  'autre',
] as const;
export type SituationKind = (typeof SITUATION_KINDS)[number];
export const SITUATION_KIND_LABELS: Record<SituationKind, string> = {
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
};

export const STEP_KINDS = [
  'saisine',
  'prise_de_contact',
  'entretien_individuel',
  'rencontre_mediation',
  'navette',
  'accord',
  'suivi',
  'cloture',
] as const;
export type StepKind = (typeof STEP_KINDS)[number];
export const STEP_KIND_LABELS: Record<StepKind, string> = {
  saisine: 'Saisine',
  prise_de_contact: 'Prise de contact',
  entretien_individuel: 'Entretien individuel',
  rencontre_mediation: 'Rencontre de médiation',
  navette: 'Navette entre les parties',
  accord: 'Accord',
  suivi: 'Suivi',
  cloture: 'Clôture',
};
/** Steps a mediator records directly; saisine, accord and clôture come from their own actions. */
export const RECORDABLE_STEPS = [
  'prise_de_contact',
  'entretien_individuel',
  'rencontre_mediation',
  'navette',
  'suivi',
] as const satisfies readonly StepKind[];
export type RecordableStep = (typeof RECORDABLE_STEPS)[number];

export const SAISINE_PAR = [
  'habitant',
  'bailleur',
  'ville',
  'police',
  'transporteur',
  'association',
  'auto_saisine',
  'autre',
] as const;
export type SaisinePar = (typeof SAISINE_PAR)[number];
export const SAISINE_PAR_LABELS: Record<SaisinePar, string> = {
  habitant: 'Habitant·e',
  bailleur: 'Bailleur',
  ville: 'Ville',
  police: 'Police',
  transporteur: 'Transporteur',
  association: 'Association',
  auto_saisine: 'Auto-saisine',
  autre: 'Autre',
};

export const OUTCOMES = ['resolu', 'apaise', 'non_resolu', 'oriente', 'refus_mediation', 'abandon'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const OUTCOME_LABELS: Record<Outcome, string> = {
  resolu: 'Résolu',
  apaise: 'Apaisé',
  non_resolu: 'Non résolu',
  oriente: 'Orienté',
  refus_mediation: 'Refus de médiation',
  abandon: 'Abandon',
};

/** Status of a situation, moved by its steps. */
export const SITUATION_STATUSES = ['ouverte', 'en_cours', 'en_suivi', 'cloturee'] as const;
export type SituationStatus = (typeof SITUATION_STATUSES)[number];
export const SITUATION_STATUS_LABELS: Record<SituationStatus, string> = {
  ouverte: 'Ouverte',
  en_cours: 'En cours',
  en_suivi: 'Accord — en suivi',
  cloturee: 'Clôturée',
};

export const PARTY_KINDS = ['menage', 'personne', 'groupe', 'institution'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];
export const PARTY_KIND_LABELS: Record<PartyKind, string> = {
  menage: 'Ménage',
  personne: 'Personne',
  groupe: 'Groupe',
  institution: 'Institution ou partenaire',
};

export const PARTY_ROLES = ['demandeur', 'mis_en_cause', 'tiers'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];
export const PARTY_ROLE_LABELS: Record<PartyRole, string> = {
  demandeur: 'Demandeur',
  mis_en_cause: 'Mis en cause',
  tiers: 'Tiers',
};

export const CONSENTS = ['en_attente', 'accorde', 'refuse'] as const;
export type Consent = (typeof CONSENTS)[number];
export const CONSENT_LABELS: Record<Consent, string> = {
  en_attente: 'En attente',
  accorde: 'Accordé',
  refuse: 'Refusé',
};

export const LINK_KINDS = ['meme_residence', 'famille', 'ami', 'autre'] as const;
export type MediatorLinkKind = (typeof LINK_KINDS)[number];
export const LINK_KIND_LABELS: Record<MediatorLinkKind, string> = {
  meme_residence: 'Habite la même résidence',
  famille: 'Lien familial',
  ami: 'Lien d’amitié',
  autre: 'Autre lien',
};

/** What a situation can be linked to (other modules, built in parallel: plain ids). */
export const SITUATION_LINK_KINDS = ['contact', 'observation', 'orientation', 'signalement'] as const;
export type SituationLinkKind = (typeof SITUATION_LINK_KINDS)[number];
export const SITUATION_LINK_KIND_LABELS: Record<SituationLinkKind, string> = {
  contact: 'Contact de main courante',
  observation: 'Observation de main courante',
  orientation: 'Orientation',
  signalement: 'Signalement',
};

/** Days between an agreement and its proposed follow-up. */
export const FOLLOW_UP_DAYS = 28;
