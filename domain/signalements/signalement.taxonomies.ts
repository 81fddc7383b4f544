// Code lists of signalements, without zod: the permission rules and the app shell import them.
/** Categories of TAXONOMIES.md (veille technique, GUSP). */
import { type CodeOf, codeList } from '../code-list';

export const CATEGORIE_LIST = codeList({
  proprete: 'Propreté',
  encombrants: 'Encombrants',
  eclairage: 'Éclairage',
  degradation: 'Dégradation',
  ascenseur: 'Ascenseur',
  parties_communes: 'Parties communes',
  espaces_verts: 'Espaces verts',
  voirie: 'Voirie',
  stationnement: 'Stationnement',
  mobilier_urbain: 'Mobilier urbain',
  securite: 'Sécurité (danger pour les personnes)',
  nuisibles: 'Nuisibles',
  autre: 'Autre',
});
export const CATEGORIES = CATEGORIE_LIST.codes;
export type Categorie = CodeOf<typeof CATEGORIE_LIST>;
export const CATEGORIE_LABELS = CATEGORIE_LIST.labels;

export const STATUT_LIST = codeList({
  nouveau: 'Nouveau',
  transmis: 'Transmis',
  pris_en_compte: 'Pris en compte',
  resolu: 'Résolu',
  rejete: 'Rejeté',
  doublon: 'Doublon',
});
export const STATUTS = STATUT_LIST.codes;
export type Statut = CodeOf<typeof STATUT_LIST>;
export const STATUT_LABELS = STATUT_LIST.labels;
export const STATUTS_OUVERTS: readonly Statut[] = ['nouveau', 'transmis', 'pris_en_compte'];
export const STATUTS_FERMES: readonly Statut[] = ['resolu', 'rejete', 'doublon'];

/** Photos: at most 3 per signalement, 5 MB each; the device resizes to 1600 px. */
export const PHOTO_MAX_COUNT = 3;
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const PHOTO_MAX_SIDE = 1600;
