/**
 * Reference lists of the main courante, exactly the codes of TAXONOMIES.md ("Registres",
 * "Main courante"), with their French labels. Codes are stable: never rename or remove one.
 */

export const REGISTRES = [
  'presence',
  'conflit',
  'mise_en_relation',
  'veille_sociale',
  'veille_technique',
  'sensibilisation',
  'concertation',
  'projet',
] as const;
export type Registre = (typeof REGISTRES)[number];
export const REGISTRE_LABELS: Record<Registre, string> = {
  presence: 'Présence active de proximité',
  conflit: 'Prévention et gestion des conflits',
  mise_en_relation: 'Mise en relation / orientation vers les partenaires',
  veille_sociale: 'Veille sociale territoriale',
  veille_technique: 'Veille technique',
  sensibilisation: 'Information et sensibilisation',
  concertation: 'Concertation, dialogue habitants – institutions',
  projet: 'Facilitation de projets',
};

export const CADRES = ['tournee', 'permanence', 'evenement', 'transport', 'autre'] as const;
export type Cadre = (typeof CADRES)[number];
export const CADRE_LABELS: Record<Cadre, string> = {
  tournee: 'Tournée',
  permanence: 'Permanence',
  evenement: 'Présence sur un événement',
  transport: 'Transport (bus, tram)',
  autre: 'Autre',
};

export const NATURES = [
  'lien_social',
  'ecoute',
  'information',
  'orientation',
  'accompagnement',
  'gestion_conflit',
  'rappel_regle',
  'sensibilisation',
  'veille',
] as const;
export type Nature = (typeof NATURES)[number];
export const NATURE_LABELS: Record<Nature, string> = {
  lien_social: 'Lien social, échange',
  ecoute: 'Écoute',
  information: 'Information',
  orientation: 'Orientation vers un partenaire',
  accompagnement: 'Accompagnement dans une démarche',
  gestion_conflit: 'Gestion de conflit / apaisement',
  rappel_regle: 'Rappel à la règle',
  sensibilisation: 'Sensibilisation (civisme, écogestes, respect des espaces)',
  veille: 'Signalement d’une situation (veille sociale)',
};
/** The registre each contact nature counts in. */
export const NATURE_REGISTRE: Record<Nature, Registre> = {
  lien_social: 'presence',
  ecoute: 'presence',
  information: 'sensibilisation',
  orientation: 'mise_en_relation',
  accompagnement: 'mise_en_relation',
  gestion_conflit: 'conflit',
  rappel_regle: 'conflit',
  sensibilisation: 'sensibilisation',
  veille: 'veille_sociale',
};

export const PUBLICS = ['enfant', 'jeune', 'jeune_adulte', 'adulte', 'senior', 'inconnu'] as const;
export type Public = (typeof PUBLICS)[number];
export const PUBLIC_LABELS: Record<Public, string> = {
  enfant: 'Enfant (moins de 12 ans)',
  jeune: 'Jeune (12–17 ans)',
  jeune_adulte: 'Jeune adulte (18–25 ans)',
  adulte: 'Adulte (26–59 ans)',
  senior: 'Senior (60 ans et plus)',
  inconnu: 'Âge inconnu',
};
export const PUBLIC_DEFAUT: Public = 'inconnu';

export const GENRES = ['femme', 'homme', 'non_precise'] as const;
export type Genre = (typeof GENRES)[number];
export const GENRE_LABELS: Record<Genre, string> = {
  femme: 'Femme',
  homme: 'Homme',
  non_precise: 'Non précisé',
};
export const GENRE_DEFAUT: Genre = 'non_precise';

/** Kinds of a veille sociale observation (issue 3). */
export const OBSERVATION_KINDS = [
  'rassemblement',
  'tension',
  'personne_isolee',
  'occupation',
  'incident',
  'degradation_constatee',
  'autre',
] as const;
export type ObservationKind = (typeof OBSERVATION_KINDS)[number];
export const OBSERVATION_KIND_LABELS: Record<ObservationKind, string> = {
  rassemblement: 'Rassemblement',
  tension: 'Tension',
  personne_isolee: 'Personne isolée',
  occupation: 'Occupation d’un espace',
  incident: 'Incident',
  degradation_constatee: 'Dégradation constatée',
  autre: 'Autre',
};

export const CRENEAUX = ['jour', 'soiree', 'week_end'] as const;
export type Creneau = (typeof CRENEAUX)[number];
export const CRENEAU_LABELS: Record<Creneau, string> = {
  jour: 'Jour (8 h – 19 h)',
  soiree: 'Soirée (19 h – 8 h)',
  week_end: 'Week-end et jours fériés',
};

/** Review of an activity by a coordinator; `en_cours` is a live activity without an end yet. */
export const STATUTS_REVUE = ['a_revoir', 'validee', 'a_corriger'] as const;
export type StatutRevue = (typeof STATUTS_REVUE)[number];
export const STATUT_REVUE_LABELS: Record<StatutRevue, string> = {
  a_revoir: 'À revoir',
  validee: 'Validée',
  a_corriger: 'À corriger',
};
export const STATUTS_FILTRE = ['en_cours', ...STATUTS_REVUE] as const;
export type StatutFiltre = (typeof STATUTS_FILTRE)[number];
