// Code lists of signalements, without zod: the permission rules and the app shell import them.
/** Categories of TAXONOMIES.md (veille technique, GUSP). */
export const CATEGORIES = [
  'proprete',
  'encombrants',
  'eclairage',
  'degradation',
  'ascenseur',
  'parties_communes',
  'espaces_verts',
  'voirie',
  'stationnement',
  'mobilier_urbain',
  'securite',
  'nuisibles',
  'autre',
] as const;
export type Categorie = (typeof CATEGORIES)[number];
export const CATEGORIE_LABELS: Record<Categorie, string> = {
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
};

export const STATUTS = ['nouveau', 'transmis', 'pris_en_compte', 'resolu', 'rejete', 'doublon'] as const;
export type Statut = (typeof STATUTS)[number];
export const STATUT_LABELS: Record<Statut, string> = {
  nouveau: 'Nouveau',
  transmis: 'Transmis',
  pris_en_compte: 'Pris en compte',
  resolu: 'Résolu',
  rejete: 'Rejeté',
  doublon: 'Doublon',
};
export const STATUTS_OUVERTS: readonly Statut[] = ['nouveau', 'transmis', 'pris_en_compte'];
export const STATUTS_FERMES: readonly Statut[] = ['resolu', 'rejete', 'doublon'];
