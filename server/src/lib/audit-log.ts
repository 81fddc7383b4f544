import {
  type DonneeSensible,
  detecterDonneesSensibles,
} from '../../../domain/confidentialite/donnees-sensibles';
import type { AuditChannel } from '../../../domain/journal/audit-channel';
import type { AuditAction, AuditEntityType } from '../../../domain/journal/journal-labels';
import type { DbOrTx } from '../db/client';
import { auditLog } from '../db/schema';

const SECRET_KEY = /password|hash|token|secret|csrf/i;

export type { AuditAction } from '../../../domain/journal/journal-labels';

type Plain = Record<string, unknown>;

function scrub(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(scrub);
  if (value && typeof value === 'object') {
    const out: Plain = {};
    for (const [k, v] of Object.entries(value)) out[k] = SECRET_KEY.test(k) ? '[masqué]' : scrub(v);
    return out;
  }
  return value;
}

/** The changed fields between two versions of a record, secrets masked. */
export function auditDiff(before: Plain | null, after: Plain | null): Plain {
  const b = (before ? scrub(before) : {}) as Plain;
  const a = (after ? scrub(after) : {}) as Plain;
  const diff: Plain = {};
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (key === 'updatedAt' || key === 'createdAt') continue;
    if (JSON.stringify(b[key]) !== JSON.stringify(a[key])) {
      diff[key] = { avant: b[key] ?? null, apres: a[key] ?? null };
    }
  }
  return diff;
}

export interface AuditEntry {
  structureId: string | null;
  actorUserId: string | null;
  actorLabel: string;
  /** Required, so no row is ever written without saying how the action reached Trame (ADR 016). */
  channel: Exclude<AuditChannel, 'inconnu'>;
  /** The API token used; set exactly when channel is 'jeton'. */
  apiTokenId?: string | null;
  /** Whose credentials opened the channel; defaults to actorUserId (no delegation exists). */
  realActorUserId?: string | null;
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string | null;
  before?: Plain | null;
  after?: Plain | null;
  extra?: Plain;
  requestId?: string | null;
  /**
   * The free texts this change wrote, when the row keeps only their fingerprint: read for
   * sensitive data (the kinds are counted in the row), never stored.
   */
  notes?: ReadonlyArray<string | null | undefined>;
}

/** The fields people type notes into: activity comments, observations, situation and request notes… */
const FREE_TEXT_KEYS = new Set([
  'commentaire',
  'note',
  'description',
  'texte',
  'recit',
  'justification',
  'message',
]);

/**
 * What the free texts this change wrote look like they hold (issue 16, part 3): the screen warned
 * before saving, so a kind found here is a warning the writer chose to keep — counted in the row.
 */
export function keptSensitiveKinds(
  diff: Plain | null,
  notes: ReadonlyArray<string | null | undefined> = [],
): DonneeSensible[] {
  const written = Object.entries(diff ?? {}).flatMap(([key, change]) => {
    const apres = (change as { apres?: unknown } | null)?.apres;
    return FREE_TEXT_KEYS.has(key) && typeof apres === 'string' ? [apres] : [];
  });
  const kinds = new Set<DonneeSensible>();
  for (const text of [...written, ...notes]) {
    for (const alerte of detecterDonneesSensibles(text)) kinds.add(alerte.kind);
  }
  return [...kinds];
}

/** The audit_log row of an entry: the diff of before and after, its sensitive kinds, its extra. */
function auditRow(entry: AuditEntry): typeof auditLog.$inferInsert {
  const changed =
    entry.before !== undefined || entry.after !== undefined
      ? auditDiff(entry.before ?? null, entry.after ?? null)
      : null;
  const kept = keptSensitiveKinds(changed, entry.notes);
  const diff = kept.length > 0 ? { ...changed, donneesSensibles: kept } : changed;
  return {
    structureId: entry.structureId,
    actorUserId: entry.actorUserId,
    actorLabel: entry.actorLabel,
    channel: entry.channel,
    apiTokenId: entry.channel === 'jeton' ? (entry.apiTokenId ?? null) : null,
    realActorUserId: entry.realActorUserId ?? entry.actorUserId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    diff: entry.extra ? { ...(diff ?? {}), ...(scrub(entry.extra) as Plain) } : diff,
    requestId: entry.requestId ?? null,
  };
}

/** Writes one audit row; call it inside the transaction of the change it records. */
export async function writeAudit(db: DbOrTx, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values(auditRow(entry));
}

/** Several audit rows in one statement (a batch of captures, ADR 036). */
export async function writeAudits(db: DbOrTx, entries: AuditEntry[]): Promise<void> {
  if (entries.length > 0) await db.insert(auditLog).values(entries.map(auditRow));
}

/** What a signed-in change may say besides who did what to which record. */
type AuditChange = Pick<AuditEntry, 'before' | 'after' | 'extra' | 'notes'>;

/**
 * The common audit row: a signed-in request's `action` on one record (`entityType`, `entityId`),
 * with what changed. Call it inside the transaction of the change it records.
 */
export function auditChange(
  db: DbOrTx,
  ctx: Parameters<typeof auditActor>[0],
  action: AuditAction,
  entityType: AuditEntityType,
  entityId: string | null,
  change: AuditChange = {},
): Promise<void> {
  return writeAudit(db, { ...auditActor(ctx), action, entityType, entityId, ...change });
}

/** How a signed-in request authenticated: a browser session or one personal API token. */
export type RequestChannel = { via: 'session' } | { via: 'jeton'; tokenId: string };

/** The "who" and "how" of an audit row for a request made by a signed-in user. */
export const auditActor = (ctx: {
  actor: { structureId: string; userId: string };
  requestId: string;
  channel: RequestChannel;
}) => ({
  structureId: ctx.actor.structureId,
  actorUserId: ctx.actor.userId,
  actorLabel: `utilisateur:${ctx.actor.userId}`,
  requestId: ctx.requestId,
  channel: ctx.channel.via,
  apiTokenId: ctx.channel.via === 'jeton' ? ctx.channel.tokenId : null,
  realActorUserId: ctx.actor.userId,
});
