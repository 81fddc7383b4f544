import {
  CONSENT_LABELS,
  CONSENTS,
  OUTCOME_LABELS,
  OUTCOMES,
  PARTY_KIND_LABELS,
  PARTY_KINDS,
  PARTY_ROLE_LABELS,
  PARTY_ROLES,
  RECORDABLE_STEPS,
  SAISINE_PAR,
  SAISINE_PAR_LABELS,
  SITUATION_KIND_LABELS,
  SITUATION_KINDS,
  SITUATION_STATUS_LABELS,
  SITUATION_STATUSES,
  STEP_KIND_LABELS,
} from '@domain/situations/situation.taxonomies';
import type { Option } from '../../../lib/reference-options';

const options = <K extends string>(codes: readonly K[], labels: Record<K, string>) =>
  codes.map((value) => ({ value, label: labels[value] }));

export const KIND_OPTIONS = options(SITUATION_KINDS, SITUATION_KIND_LABELS);
export const SAISINE_OPTIONS = options(SAISINE_PAR, SAISINE_PAR_LABELS);
export const STATUS_OPTIONS = options(SITUATION_STATUSES, SITUATION_STATUS_LABELS);
/** The working list opens on the open ones (the server's default); « Tous » adds the closed ones. */
export const STATUS_FILTRE_OPTIONS = [
  { value: 'ouvertes', label: 'En cours (ouvertes)' },
  { value: 'toutes', label: 'Tous les statuts' },
  ...STATUS_OPTIONS,
];
export const STEP_OPTIONS = options(RECORDABLE_STEPS, STEP_KIND_LABELS);
export const OUTCOME_OPTIONS = options(OUTCOMES, OUTCOME_LABELS);
export const PARTY_KIND_OPTIONS = options(PARTY_KINDS, PARTY_KIND_LABELS);
export const PARTY_ROLE_OPTIONS = options(PARTY_ROLES, PARTY_ROLE_LABELS);
export const CONSENT_OPTIONS = options(CONSENTS, CONSENT_LABELS);

/** A QPV of the structure with its places, as the page passes them down. */
export interface QpvOption extends Option {
  lieux: Option[];
}

/** YYYY-MM-DD → dd/mm/yyyy without any time-zone shift. */
export const frDay = (day: string | null | undefined) => (day ? day.split('-').reverse().join('/') : '—');
