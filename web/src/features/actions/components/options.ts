import { ACTION_STATUT_LIST, ACTION_TYPE_LIST, RESULTAT_LIST } from '@domain/actions/action.taxonomies';

export const TYPE_OPTIONS = ACTION_TYPE_LIST.options;
export const STATUT_OPTIONS = ACTION_STATUT_LIST.options;
export const RESULTAT_OPTIONS = RESULTAT_LIST.options;
