/**
 * How an audited action reached Trame (ADR 016): a browser session, a personal API token (its id
 * is kept beside), a partner's signed link, an Open311 key, or Trame itself (jobs, CLI).
 * `inconnu` only on rows written before the channel was recorded.
 */
export const AUDIT_CHANNELS = ['session', 'jeton', 'lien', 'open311', 'systeme', 'inconnu'] as const;
export type AuditChannel = (typeof AUDIT_CHANNELS)[number];

export const AUDIT_CHANNEL_LABELS: Record<AuditChannel, string> = {
  session: 'session',
  jeton: 'jeton API',
  lien: 'lien',
  open311: 'clé Open311',
  systeme: 'Trame (automatique)',
  inconnu: 'non enregistré',
};

/** « session », « jeton API “Export SIG” »… as the journal shows it. */
export function auditChannelLabel(channel: string, tokenName: string | null): string {
  if (channel === 'jeton') return tokenName ? `jeton API “${tokenName}”` : 'jeton API';
  return AUDIT_CHANNEL_LABELS[channel as AuditChannel] ?? channel;
}
