import {
  AUTONOMIE_LABELS,
  AUTONOMIES,
  CANAL_LABELS,
  CANAUX,
  GENRE_LABELS,
  GENRES,
  MODE_CONSENTEMENT_LABELS,
  MODES_CONSENTEMENT,
  MOTIF_LABELS,
  MOTIF_REFUS_LABELS,
  MOTIFS,
  MOTIFS_REFUS,
  ORIENTATION_STATUT_LABELS,
  ORIENTATION_STATUTS,
  PORTAIL_LABELS,
  PORTAILS,
  REPONSE_LABELS,
  REPONSES,
  TRANCHE_AGE_LABELS,
  TRANCHES_AGE,
  TYPE_MENAGE_LABELS,
  TYPES_MENAGE,
} from '@domain/accueil/accueil.taxonomies';

const options = <K extends string>(codes: readonly K[], labels: Record<K, string>) =>
  codes.map((value) => ({ value, label: labels[value] }));

export const CANAL_OPTIONS = options(CANAUX, CANAL_LABELS);
export const MOTIF_OPTIONS = options(MOTIFS, MOTIF_LABELS);
export const REPONSE_OPTIONS = options(REPONSES, REPONSE_LABELS);
export const PORTAIL_OPTIONS = options(PORTAILS, PORTAIL_LABELS);
export const AUTONOMIE_OPTIONS = options(AUTONOMIES, AUTONOMIE_LABELS);
export const STATUT_OPTIONS = options(ORIENTATION_STATUTS, ORIENTATION_STATUT_LABELS);
/** The list opens on the open ones (the server's default); « Toutes » asks for closed ones too. */
export const STATUT_FILTRE_OPTIONS = [
  { value: 'ouvertes', label: 'En cours (ouvertes)' },
  { value: 'toutes', label: 'Tous les statuts' },
  ...STATUT_OPTIONS,
];
export const MOTIF_REFUS_OPTIONS = options(MOTIFS_REFUS, MOTIF_REFUS_LABELS);
export const TRANCHE_AGE_OPTIONS = options(TRANCHES_AGE, TRANCHE_AGE_LABELS);
export const GENRE_OPTIONS = options(GENRES, GENRE_LABELS);
export const TYPE_MENAGE_OPTIONS = options(TYPES_MENAGE, TYPE_MENAGE_LABELS);
export const MODE_CONSENTEMENT_OPTIONS = options(MODES_CONSENTEMENT, MODE_CONSENTEMENT_LABELS);
export const RESIDENT_QPV_OPTIONS = [
  { value: 'oui', label: 'Habite un QPV' },
  { value: 'non', label: 'N’habite pas un QPV' },
  { value: 'inconnu', label: 'Ne sait pas' },
];
