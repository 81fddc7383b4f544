import * as accueil from '@domain/accueil/accueil.taxonomies';
import { ROLE_LABELS } from '@domain/auth/roles';
import { DONNEE_SENSIBLE_LABELS } from '@domain/confidentialite/donnees-sensibles';
import { auditFieldLabel } from '@domain/journal/journal-labels';
import * as mainCourante from '@domain/main-courante/main-courante.taxonomies';
import * as signalements from '@domain/signalements/signalement.taxonomies';
import * as situations from '@domain/situations/situation.taxonomies';
import { formatDate, formatDateTime } from '../../../lib/dates';

const MAX_CHARS = 60;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX = /^[0-9a-f]{16,}$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Every coded value the domain names (`a_revoir` → « À revoir »), from the *_LABELS maps. */
const VALUE_LABELS: Record<string, string> = {};
for (const mod of [
  accueil,
  mainCourante,
  signalements,
  situations,
  { ROLE_LABELS },
  { DONNEE_SENSIBLE_LABELS },
] as Array<Record<string, unknown>>) {
  for (const [name, map] of Object.entries(mod)) {
    if (!name.endsWith('_LABELS') || typeof map !== 'object' || map === null) continue;
    for (const [code, label] of Object.entries(map)) {
      if (typeof label === 'string' && !(code in VALUE_LABELS)) VALUE_LABELS[code] = label;
    }
  }
}

const cut = (text: string) => (text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text);

function formatString(value: string): string {
  if (value === '') return 'vide';
  if (UUID.test(value)) return 'fiche liée';
  if (value.startsWith('empreinte:') || HEX.test(value)) return 'texte libre (non conservé)';
  if (DATE_TIME.test(value)) return formatDateTime(value);
  if (DATE.test(value)) return formatDate(`${value}T12:00:00`);
  const named = VALUE_LABELS[value];
  if (named) return named;
  if (/^[a-z0-9]+(_[a-z0-9]+)+$/.test(value)) return value.replaceAll('_', ' ');
  return value;
}

/**
 * One value of an audit change, in words: « vide » for nothing, French dates, no identifier,
 * hash or fingerprint (issue 11, point 12).
 */
export function formatAuditValue(value: unknown): string {
  if (value === null || value === undefined) return 'vide';
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (typeof value === 'number') return value.toLocaleString('fr-FR');
  if (typeof value === 'string') return cut(formatString(value));
  if (Array.isArray(value)) {
    if (value.length === 0) return 'aucun';
    if (value.every((v) => typeof v === 'string' && UUID.test(v))) {
      return value.length === 1 ? '1 fiche liée' : `${value.length} fiches liées`;
    }
    return cut(value.map(formatAuditValue).join(', '));
  }
  if (typeof value === 'object') {
    const parts = Object.entries(value as Record<string, unknown>).map(
      ([k, v]) => `${auditFieldLabel(k).toLowerCase()} : ${formatAuditValue(v)}`,
    );
    return cut(parts.length === 0 ? 'vide' : parts.join(' ; '));
  }
  return cut(String(value));
}
