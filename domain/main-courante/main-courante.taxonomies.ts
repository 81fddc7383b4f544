/**
 * Reference lists of the main courante, exactly the codes of TAXONOMIES.md ("Registres",
 * "Main courante"), with their French labels. Codes are stable: never rename or remove one.
 */

import { type CodeOf, codeList } from '../code-list';

export const REGISTRE_LIST = codeList({
  presence: 'Présence active de proximité',
  conflit: 'Prévention et gestion des conflits',
  mise_en_relation: 'Mise en relation / orientation vers les partenaires',
  veille_sociale: 'Veille sociale territoriale',
  veille_technique: 'Veille technique',
  sensibilisation: 'Information et sensibilisation',
  concertation: 'Concertation, dialogue habitants – institutions',
  projet: 'Facilitation de projets',
});
export const REGISTRES = REGISTRE_LIST.codes;
export type Registre = CodeOf<typeof REGISTRE_LIST>;
export const REGISTRE_LABELS = REGISTRE_LIST.labels;

export const CADRE_LIST = codeList({
  tournee: 'Tournée',
  permanence: 'Permanence',
  evenement: 'Présence sur un événement',
  transport: 'Transport (bus, tram)',
  autre: 'Autre',
});
export const CADRES = CADRE_LIST.codes;
export type Cadre = CodeOf<typeof CADRE_LIST>;
export const CADRE_LABELS = CADRE_LIST.labels;

export const NATURE_LIST = codeList({
  lien_social: 'Lien social, échange',
  ecoute: 'Écoute',
  information: 'Information',
  orientation: 'Orientation vers un partenaire',
  accompagnement: 'Accompagnement dans une démarche',
  gestion_conflit: 'Gestion de conflit / apaisement',
  rappel_regle: 'Rappel à la règle',
  sensibilisation: 'Sensibilisation (civisme, écogestes, respect des espaces)',
  veille: 'Signalement d’une situation (veille sociale)',
});
export const NATURES = NATURE_LIST.codes;
export type Nature = CodeOf<typeof NATURE_LIST>;
export const NATURE_LABELS = NATURE_LIST.labels;
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

export const PUBLIC_LIST = codeList({
  enfant: 'Enfant (moins de 12 ans)',
  jeune: 'Jeune (12–17 ans)',
  jeune_adulte: 'Jeune adulte (18–25 ans)',
  adulte: 'Adulte (26–59 ans)',
  senior: 'Senior (60 ans et plus)',
  inconnu: 'Âge inconnu',
});
export const PUBLICS = PUBLIC_LIST.codes;
export type Public = CodeOf<typeof PUBLIC_LIST>;
export const PUBLIC_LABELS = PUBLIC_LIST.labels;
export const PUBLIC_DEFAUT: Public = 'inconnu';

export const GENRE_LIST = codeList({
  femme: 'Femme',
  homme: 'Homme',
  non_precise: 'Non précisé',
});
export const GENRES = GENRE_LIST.codes;
export type Genre = CodeOf<typeof GENRE_LIST>;
export const GENRE_LABELS = GENRE_LIST.labels;
export const GENRE_DEFAUT: Genre = 'non_precise';

/** Kinds of a veille sociale observation (issue 3). */
export const OBSERVATION_KIND_LIST = codeList({
  rassemblement: 'Rassemblement',
  tension: 'Tension',
  personne_isolee: 'Personne isolée',
  occupation: 'Occupation d’un espace',
  incident: 'Incident',
  degradation_constatee: 'Dégradation constatée',
  autre: 'Autre',
});
export const OBSERVATION_KINDS = OBSERVATION_KIND_LIST.codes;
export type ObservationKind = CodeOf<typeof OBSERVATION_KIND_LIST>;
export const OBSERVATION_KIND_LABELS = OBSERVATION_KIND_LIST.labels;

export const CRENEAU_LIST = codeList({
  jour: 'Jour (8 h – 19 h)',
  soiree: 'Soirée (19 h – 8 h)',
  week_end: 'Week-end et jours fériés',
});
export const CRENEAUX = CRENEAU_LIST.codes;
export type Creneau = CodeOf<typeof CRENEAU_LIST>;
export const CRENEAU_LABELS = CRENEAU_LIST.labels;

/** Review of an activity by a coordinator; `en_cours` is a live activity without an end yet. */
export const STATUT_REVUE_LIST = codeList({
  a_revoir: 'À revoir',
  validee: 'Validée',
  a_corriger: 'À corriger',
});
export const STATUTS_REVUE = STATUT_REVUE_LIST.codes;
export type StatutRevue = CodeOf<typeof STATUT_REVUE_LIST>;
export const STATUT_REVUE_LABELS = STATUT_REVUE_LIST.labels;
export const STATUTS_FILTRE = ['en_cours', ...STATUTS_REVUE] as const;
export type StatutFiltre = (typeof STATUTS_FILTRE)[number];
