import { MOTIF_LIST } from '@domain/accueil/accueil.taxonomies';
import { PUBLIC_LIST, THEMATIQUES } from '@domain/annuaire/annuaire.schema';
import { optionsOf } from '@domain/code-list';

export const THEMATIQUE_OPTIONS = optionsOf(MOTIF_LIST, THEMATIQUES);
export const PUBLIC_OPTIONS = PUBLIC_LIST.options;
