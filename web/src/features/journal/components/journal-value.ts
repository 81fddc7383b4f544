import { auditFieldLabel } from '@domain/audit/journal-labels';
import { formatDate, formatDateTime } from '../../../lib/dates';

const MAX_CHARS = 60;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX = /^[0-9a-f]{16,}$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const cut = (text: string) => (text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text);

function formatString(value: string): string {
  if (value === '') return 'vide';
  if (UUID.test(value)) return 'fiche liée';
  if (value.startsWith('empreinte:') || HEX.test(value)) return 'texte libre (non conservé)';
  if (DATE_TIME.test(value)) return formatDateTime(value);
  if (DATE.test(value)) return formatDate(`${value}T12:00:00`);
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
