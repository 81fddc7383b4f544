import {
  CATEGORIE_LABELS,
  CATEGORIE_LIST,
  type Categorie,
  STATUT_LIST,
  type Statut,
} from '@domain/signalements/signalement.schema';

export const CATEGORIE_OPTIONS = CATEGORIE_LIST.options;
export const STATUT_OPTIONS = STATUT_LIST.options;
/** The list opens on what is still open (the server's default); « Tous » asks for closed ones too. */
export const STATUT_FILTRE_OPTIONS = [
  { value: 'ouverts', label: 'À traiter' },
  { value: 'tous', label: 'Tous les statuts' },
  ...STATUT_OPTIONS,
];
export const categorieLabel = (c: Categorie) => CATEGORIE_LABELS[c];

export const STATUT_COLORS: Record<Statut, string> = {
  nouveau: 'orange',
  transmis: 'blue',
  pris_en_compte: 'violet',
  resolu: 'green',
  rejete: 'gray',
  doublon: 'gray',
};

/** 36 h → « 1,5 j » ; under a day in hours. */
export function formatHeures(h: number | null): string {
  if (h === null) return '—';
  if (h < 24) return `${h.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} h`;
  return `${(h / 24).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} j`;
}
export const formatPart = (x: number) => `${Math.round(x * 100)} %`;
