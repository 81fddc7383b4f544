import {
  AUTONOMIE_LIST,
  CANAL_LIST,
  GENRE_LIST,
  MODE_CONSENTEMENT_LIST,
  MOTIF_LIST,
  MOTIF_REFUS_LIST,
  ORIENTATION_STATUT_LIST,
  PORTAIL_LIST,
  REPONSE_LIST,
  TRANCHE_AGE_LIST,
  TYPE_MENAGE_LIST,
} from '@domain/accueil/accueil.taxonomies';

export const CANAL_OPTIONS = CANAL_LIST.options;
export const MOTIF_OPTIONS = MOTIF_LIST.options;
export const REPONSE_OPTIONS = REPONSE_LIST.options;
export const PORTAIL_OPTIONS = PORTAIL_LIST.options;
export const AUTONOMIE_OPTIONS = AUTONOMIE_LIST.options;
export const STATUT_OPTIONS = ORIENTATION_STATUT_LIST.options;
/** The list opens on the open ones (the server's default); « Toutes » asks for closed ones too. */
export const STATUT_FILTRE_OPTIONS = [
  { value: 'ouvertes', label: 'En cours (ouvertes)' },
  { value: 'toutes', label: 'Tous les statuts' },
  ...STATUT_OPTIONS,
];
export const MOTIF_REFUS_OPTIONS = MOTIF_REFUS_LIST.options;
export const TRANCHE_AGE_OPTIONS = TRANCHE_AGE_LIST.options;
export const GENRE_OPTIONS = GENRE_LIST.options;
export const TYPE_MENAGE_OPTIONS = TYPE_MENAGE_LIST.options;
export const MODE_CONSENTEMENT_OPTIONS = MODE_CONSENTEMENT_LIST.options;
export const RESIDENT_QPV_OPTIONS = [
  { value: 'oui', label: 'Habite un QPV' },
  { value: 'non', label: 'N’habite pas un QPV' },
  { value: 'inconnu', label: 'Ne sait pas' },
];
