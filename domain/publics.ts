import { codeList } from './code-list';

/** Public met (`public`, TAXONOMIES.md): one list for the main courante and the accueil. */
export const PUBLIC_LIST = codeList(
  ['enfant', 'jeune', 'jeune_adulte', 'adulte', 'senior', 'inconnu'] as const,
  {
    enfant: 'Enfant (moins de 12 ans)',
    jeune: 'Jeune (12–17 ans)',
    jeune_adulte: 'Jeune adulte (18–25 ans)',
    adulte: 'Adulte (26–59 ans)',
    senior: 'Senior (60 ans et plus)',
    inconnu: 'Âge inconnu',
  },
  'Public inconnu.',
);
export const PUBLICS = PUBLIC_LIST.codes;
export type Public = (typeof PUBLICS)[number];
export const PUBLIC_LABELS = PUBLIC_LIST.labels;

/** Gender (`genre`, TAXONOMIES.md). */
export const GENRE_LIST = codeList(
  ['femme', 'homme', 'non_precise'] as const,
  { femme: 'Femme', homme: 'Homme', non_precise: 'Non précisé' },
  'Genre inconnu.',
);
export const GENRES = GENRE_LIST.codes;
export type Genre = (typeof GENRES)[number];
export const GENRE_LABELS = GENRE_LIST.labels;
