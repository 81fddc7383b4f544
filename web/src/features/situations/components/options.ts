import { optionsOf } from '@domain/code-list';
import {
  CONSENT_LIST,
  OUTCOME_LIST,
  PARTY_KIND_LIST,
  PARTY_ROLE_LIST,
  RECORDABLE_STEPS,
  SAISINE_PAR_LIST,
  SITUATION_KIND_LIST,
  SITUATION_STATUS_LIST,
  STEP_KIND_LIST,
} from '@domain/situations/situation.taxonomies';
import type { Option } from '../../../lib/reference-options';

export const KIND_OPTIONS = SITUATION_KIND_LIST.options;
export const SAISINE_OPTIONS = SAISINE_PAR_LIST.options;
export const STATUS_OPTIONS = SITUATION_STATUS_LIST.options;
/** The working list opens on the open ones (the server's default); « Tous » adds the closed ones. */
export const STATUS_FILTRE_OPTIONS = [
  { value: 'ouvertes', label: 'En cours (ouvertes)' },
  { value: 'toutes', label: 'Tous les statuts' },
  ...STATUS_OPTIONS,
];
export const STEP_OPTIONS = optionsOf(STEP_KIND_LIST, RECORDABLE_STEPS);
export const OUTCOME_OPTIONS = OUTCOME_LIST.options;
export const PARTY_KIND_OPTIONS = PARTY_KIND_LIST.options;
export const PARTY_ROLE_OPTIONS = PARTY_ROLE_LIST.options;
export const CONSENT_OPTIONS = CONSENT_LIST.options;

/** A QPV of the structure with its places, as the page passes them down. */
export interface QpvOption extends Option {
  lieux: Option[];
}

/** YYYY-MM-DD → dd/mm/yyyy without any time-zone shift. */
export const frDay = (day: string | null | undefined) => (day ? day.split('-').reverse().join('/') : '—');
