/**
 * How an audited action reached Trame (ADR 016): a browser session, a personal API token (its id
 * is kept beside), a partner's signed link, an Open311 key, or Trame itself (jobs, CLI).
 * `inconnu` only on rows written before the channel was recorded.
 */
import { type CodeOf, codeList } from '../code-list';

export const AUDIT_CHANNEL_LIST = codeList({
  session: 'session',
  jeton: 'jeton API',
  lien: 'lien',
  open311: 'clé Open311',
  systeme: 'Trame (automatique)',
  inconnu: 'non enregistré',
});
export const AUDIT_CHANNELS = AUDIT_CHANNEL_LIST.codes;
export type AuditChannel = CodeOf<typeof AUDIT_CHANNEL_LIST>;
export const AUDIT_CHANNEL_LABELS = AUDIT_CHANNEL_LIST.labels;

/** « session », « jeton API “Export SIG” »… as the journal shows it. */
export function auditChannelLabel(channel: string, tokenName: string | null): string {
  if (channel === 'jeton') return tokenName ? `jeton API “${tokenName}”` : 'jeton API';
  return AUDIT_CHANNEL_LABELS[channel as AuditChannel] ?? channel;
}
