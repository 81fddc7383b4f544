/** Codes of TAXONOMIES.md « Projets d'habitants », with their French labels. */

import { type CodeOf, codeList } from '../code-list';

export const PROJET_STATUT_LIST = codeList({
  idee: 'Idée',
  accompagne: 'Accompagné',
  realise: 'Réalisé',
  abandonne: 'Abandonné',
});
export const PROJET_STATUTS = PROJET_STATUT_LIST.codes;
export type ProjetStatut = CodeOf<typeof PROJET_STATUT_LIST>;
export const PROJET_STATUT_LABELS = PROJET_STATUT_LIST.labels;
/** The « to do » list of projects: those still open. */
export const PROJET_STATUTS_OUVERTS: readonly ProjetStatut[] = ['idee', 'accompagne'];

export const ETAPE_PROJET_KIND_LIST = codeList({
  rencontre: 'Rencontre',
  montage_dossier: 'Montage de dossier',
  recherche_financement: 'Recherche de financement',
  mise_en_relation: 'Mise en relation',
  realisation: 'Réalisation',
  bilan: 'Bilan',
});
export const ETAPE_PROJET_KINDS = ETAPE_PROJET_KIND_LIST.codes;
export type EtapeProjetKind = CodeOf<typeof ETAPE_PROJET_KIND_LIST>;
export const ETAPE_PROJET_KIND_LABELS = ETAPE_PROJET_KIND_LIST.labels;
