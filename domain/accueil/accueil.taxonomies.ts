/** Codes of TAXONOMIES.md "Accueil, orientation", with their French labels. */

export const CANAUX = ['rue', 'permanence', 'telephone', 'domicile', 'local', 'en_ligne'] as const;
export type Canal = (typeof CANAUX)[number];
export const CANAL_LABELS: Record<Canal, string> = {
  rue: 'Dans la rue',
  permanence: 'Permanence',
  telephone: 'Téléphone',
  domicile: 'À domicile',
  local: 'Au local',
  en_ligne: 'En ligne',
};

/** The 16 data·inclusion thématiques, then mediation's own motives. */
export const MOTIFS = [
  'logement-hebergement',
  'difficultes-administratives-ou-juridiques',
  'difficultes-financieres',
  'sante',
  'trouver-un-emploi',
  'se-former',
  'numerique',
  'famille',
  'mobilite',
  'equipement-et-alimentation',
  'lecture-ecriture-calcul',
  'preparer-sa-candidature',
  'remobilisation',
  'choisir-un-metier',
  'creer-une-entreprise',
  'souvrir-a-linternational',
  'lien-social',
  'cadre-de-vie',
  'tranquillite-publique',
  'conflit-voisinage',
] as const;
export type Motif = (typeof MOTIFS)[number];
export const MOTIF_LABELS: Record<Motif, string> = {
  'logement-hebergement': 'Logement, hébergement',
  'difficultes-administratives-ou-juridiques': 'Démarches administratives, droits',
  'difficultes-financieres': 'Difficultés financières',
  sante: 'Santé',
  'trouver-un-emploi': 'Trouver un emploi',
  'se-former': 'Se former',
  numerique: 'Numérique',
  famille: 'Famille',
  mobilite: 'Mobilité',
  'equipement-et-alimentation': 'Équipement, alimentation',
  'lecture-ecriture-calcul': 'Lire, écrire, compter',
  'preparer-sa-candidature': 'Préparer sa candidature',
  remobilisation: 'Remobilisation',
  'choisir-un-metier': 'Choisir un métier',
  'creer-une-entreprise': 'Créer une entreprise',
  'souvrir-a-linternational': 'S’ouvrir à l’international',
  'lien-social': 'Lien social',
  'cadre-de-vie': 'Cadre de vie',
  'tranquillite-publique': 'Tranquillité publique',
  'conflit-voisinage': 'Conflit de voisinage',
};
/** The motives shown first as big chips in the quick form. */
export const MOTIFS_FREQUENTS: readonly Motif[] = [
  'difficultes-administratives-ou-juridiques',
  'logement-hebergement',
  'numerique',
  'sante',
  'trouver-un-emploi',
  'difficultes-financieres',
  'famille',
  'cadre-de-vie',
];

export const REPONSES = [
  'information',
  'aide_demarche',
  'accompagnement_physique',
  'orientation',
  'mediation',
] as const;
export type ReponseType = (typeof REPONSES)[number];
export const REPONSE_LABELS: Record<ReponseType, string> = {
  information: 'Information',
  aide_demarche: 'Aide à une démarche',
  accompagnement_physique: 'Accompagnement physique',
  orientation: 'Orientation',
  mediation: 'Médiation',
};

export const PORTAILS = ['caf', 'impots', 'ants', 'france_travail', 'ameli', 'bailleur', 'autre'] as const;
export type Portail = (typeof PORTAILS)[number];
export const PORTAIL_LABELS: Record<Portail, string> = {
  caf: 'CAF',
  impots: 'Impôts',
  ants: 'ANTS',
  france_travail: 'France Travail',
  ameli: 'Ameli',
  bailleur: 'Bailleur',
  autre: 'Autre',
};

export const AUTONOMIES = ['fait_pour', 'fait_avec', 'autonome'] as const;
export type Autonomie = (typeof AUTONOMIES)[number];
export const AUTONOMIE_LABELS: Record<Autonomie, string> = {
  fait_pour: 'Fait pour la personne',
  fait_avec: 'Fait avec la personne',
  autonome: 'Autonome',
};

export const ORIENTATION_STATUTS = [
  'proposee',
  'prise_de_contact',
  'aboutie',
  'sans_suite',
  'refusee',
  'expiree',
] as const;
export type OrientationStatut = (typeof ORIENTATION_STATUTS)[number];
export const ORIENTATION_STATUT_LABELS: Record<OrientationStatut, string> = {
  proposee: 'Proposée',
  prise_de_contact: 'Prise de contact',
  aboutie: 'Aboutie',
  sans_suite: 'Sans suite',
  refusee: 'Refusée',
  expiree: 'Expirée',
};
/** Statuses that still wait for news: reminders and expiry apply to them. */
export const STATUTS_OUVERTS: readonly OrientationStatut[] = ['proposee', 'prise_de_contact'];

export const MOTIFS_REFUS = [
  'hors_competence',
  'hors_territoire',
  'criteres_non_remplis',
  'service_complet',
  'personne_injoignable',
  'deja_suivie',
  'autre',
] as const;
export type MotifRefus = (typeof MOTIFS_REFUS)[number];
export const MOTIF_REFUS_LABELS: Record<MotifRefus, string> = {
  hors_competence: 'Hors de nos compétences',
  hors_territoire: 'Hors de notre territoire',
  criteres_non_remplis: 'Critères d’accès non remplis',
  service_complet: 'Service complet',
  personne_injoignable: 'Personne injoignable',
  deja_suivie: 'Déjà suivie par nos services',
  autre: 'Autre raison',
};

/** Age bands of TAXONOMIES.md (`public`). */
export const TRANCHES_AGE = ['enfant', 'jeune', 'jeune_adulte', 'adulte', 'senior', 'inconnu'] as const;
export type TrancheAge = (typeof TRANCHES_AGE)[number];
export const TRANCHE_AGE_LABELS: Record<TrancheAge, string> = {
  enfant: 'Enfant (< 12 ans)',
  jeune: 'Jeune (12–17 ans)',
  jeune_adulte: 'Jeune adulte (18–25 ans)',
  adulte: 'Adulte (26–59 ans)',
  senior: 'Senior (60 ans et +)',
  inconnu: 'Âge inconnu',
};

export const GENRES = ['femme', 'homme', 'non_precise'] as const;
export type Genre = (typeof GENRES)[number];
export const GENRE_LABELS: Record<Genre, string> = {
  femme: 'Femme',
  homme: 'Homme',
  non_precise: 'Non précisé',
};

export const TYPES_MENAGE = [
  'personne_seule',
  'couple_sans_enfant',
  'couple_avec_enfants',
  'famille_monoparentale',
  'autre',
  'non_precise',
] as const;
export type TypeMenage = (typeof TYPES_MENAGE)[number];
export const TYPE_MENAGE_LABELS: Record<TypeMenage, string> = {
  personne_seule: 'Personne seule',
  couple_sans_enfant: 'Couple sans enfant',
  couple_avec_enfants: 'Couple avec enfant(s)',
  famille_monoparentale: 'Famille monoparentale',
  autre: 'Autre',
  non_precise: 'Non précisé',
};

export const MODES_CONSENTEMENT = ['oral', 'ecrit', 'numerique'] as const;
export type ModeConsentement = (typeof MODES_CONSENTEMENT)[number];
export const MODE_CONSENTEMENT_LABELS: Record<ModeConsentement, string> = {
  oral: 'Oral, devant le ou la médiateur·rice',
  ecrit: 'Écrit, formulaire signé',
  numerique: 'Numérique (case cochée par la personne)',
};
