/** Codes of TAXONOMIES.md "Accueil, orientation", with their French labels. */

import { type CodeOf, codeList } from '../code-list';

export const CANAL_LIST = codeList({
  rue: 'Dans la rue',
  permanence: 'Permanence',
  telephone: 'Téléphone',
  domicile: 'À domicile',
  local: 'Au local',
  en_ligne: 'En ligne',
});
export const CANAUX = CANAL_LIST.codes;
export type Canal = CodeOf<typeof CANAL_LIST>;
export const CANAL_LABELS = CANAL_LIST.labels;

/** The 16 data·inclusion thématiques, then mediation's own motives. */
export const MOTIF_LIST = codeList({
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
});
export const MOTIFS = MOTIF_LIST.codes;
export type Motif = CodeOf<typeof MOTIF_LIST>;
export const MOTIF_LABELS = MOTIF_LIST.labels;
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

export const REPONSE_LIST = codeList({
  information: 'Information',
  aide_demarche: 'Aide à une démarche',
  accompagnement_physique: 'Accompagnement physique',
  orientation: 'Orientation',
  mediation: 'Médiation',
});
export const REPONSES = REPONSE_LIST.codes;
export type ReponseType = CodeOf<typeof REPONSE_LIST>;
export const REPONSE_LABELS = REPONSE_LIST.labels;

export const PORTAIL_LIST = codeList({
  caf: 'CAF',
  impots: 'Impôts',
  ants: 'ANTS',
  france_travail: 'France Travail',
  ameli: 'Ameli',
  bailleur: 'Bailleur',
  autre: 'Autre',
});
export const PORTAILS = PORTAIL_LIST.codes;
export type Portail = CodeOf<typeof PORTAIL_LIST>;
export const PORTAIL_LABELS = PORTAIL_LIST.labels;

export const AUTONOMIE_LIST = codeList({
  fait_pour: 'Fait pour la personne',
  fait_avec: 'Fait avec la personne',
  autonome: 'Autonome',
});
export const AUTONOMIES = AUTONOMIE_LIST.codes;
export type Autonomie = CodeOf<typeof AUTONOMIE_LIST>;
export const AUTONOMIE_LABELS = AUTONOMIE_LIST.labels;

export const ORIENTATION_STATUT_LIST = codeList({
  proposee: 'Proposée',
  prise_de_contact: 'Prise de contact',
  aboutie: 'Aboutie',
  sans_suite: 'Sans suite',
  refusee: 'Refusée',
  expiree: 'Expirée',
});
export const ORIENTATION_STATUTS = ORIENTATION_STATUT_LIST.codes;
export type OrientationStatut = CodeOf<typeof ORIENTATION_STATUT_LIST>;
export const ORIENTATION_STATUT_LABELS = ORIENTATION_STATUT_LIST.labels;
/** Statuses that still wait for news: reminders and expiry apply to them. */
export const STATUTS_OUVERTS: readonly OrientationStatut[] = ['proposee', 'prise_de_contact'];

export const MOTIF_REFUS_LIST = codeList({
  hors_competence: 'Hors de nos compétences',
  hors_territoire: 'Hors de notre territoire',
  criteres_non_remplis: 'Critères d’accès non remplis',
  service_complet: 'Service complet',
  personne_injoignable: 'Personne injoignable',
  deja_suivie: 'Déjà suivie par nos services',
  autre: 'Autre raison',
});
export const MOTIFS_REFUS = MOTIF_REFUS_LIST.codes;
export type MotifRefus = CodeOf<typeof MOTIF_REFUS_LIST>;
export const MOTIF_REFUS_LABELS = MOTIF_REFUS_LIST.labels;

/**
 * A person's age band and genre are the main courante's lists (TAXONOMIES.md `public`, `genre`):
 * one list each, so people met at the desk and in the street are counted in the same bands.
 */
export {
  GENRE_LABELS,
  GENRE_LIST,
  GENRES,
  type Genre,
  PUBLIC_LABELS as TRANCHE_AGE_LABELS,
  PUBLIC_LIST as TRANCHE_AGE_LIST,
  PUBLICS as TRANCHES_AGE,
  type Public as TrancheAge,
} from '../main-courante/main-courante.taxonomies';

export const TYPE_MENAGE_LIST = codeList({
  personne_seule: 'Personne seule',
  couple_sans_enfant: 'Couple sans enfant',
  couple_avec_enfants: 'Couple avec enfant(s)',
  famille_monoparentale: 'Famille monoparentale',
  autre: 'Autre',
  non_precise: 'Non précisé',
});
export const TYPES_MENAGE = TYPE_MENAGE_LIST.codes;
export type TypeMenage = CodeOf<typeof TYPE_MENAGE_LIST>;
export const TYPE_MENAGE_LABELS = TYPE_MENAGE_LIST.labels;

export const MODE_CONSENTEMENT_LIST = codeList({
  oral: 'Oral, devant le ou la médiateur·rice',
  ecrit: 'Écrit, formulaire signé',
  numerique: 'Numérique (case cochée par la personne)',
});
export const MODES_CONSENTEMENT = MODE_CONSENTEMENT_LIST.codes;
export type ModeConsentement = CodeOf<typeof MODE_CONSENTEMENT_LIST>;
export const MODE_CONSENTEMENT_LABELS = MODE_CONSENTEMENT_LIST.labels;

/** Length of a request's note: a short reminder, not a case file. */
export const DEMANDE_NOTE_MAX = 280;
