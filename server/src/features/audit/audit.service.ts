import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { type AuditChannel, auditChannelLabel } from '../../../../domain/audit/audit-channel';
import { apiTokens, auditLog, users } from '../../db/schema';
import type { ServiceContext } from '../../lib/context';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditQuery {
  entityType?: string;
  action?: string;
  userId?: string;
  canal?: AuditChannel;
  du?: string;
  au?: string;
  page: number;
}

/** The structure's audit log, newest first; days are read in Europe/Paris. */
export async function listAudit(ctx: ServiceContext, q: AuditQuery) {
  const filters: SQL[] = [eq(auditLog.structureId, ctx.actor.structureId)];
  if (q.entityType) filters.push(eq(auditLog.entityType, q.entityType));
  if (q.action) filters.push(eq(auditLog.action, q.action));
  if (q.userId) filters.push(eq(auditLog.actorUserId, q.userId));
  if (q.canal) filters.push(eq(auditLog.channel, q.canal));
  const parisDay = sql`(${auditLog.createdAt} at time zone 'Europe/Paris')::date`;
  if (q.du) filters.push(sql`${parisDay} >= ${q.du}::date`);
  if (q.au) filters.push(sql`${parisDay} <= ${q.au}::date`);
  const where = and(...filters);
  const [count] = await ctx.db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(where);
  const rows = await ctx.db
    .select({ entry: auditLog, prenom: users.prenom, nom: users.nom, jetonNom: apiTokens.nom })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .leftJoin(
      apiTokens,
      and(eq(apiTokens.id, auditLog.apiTokenId), eq(apiTokens.structureId, ctx.actor.structureId)),
    )
    .where(where)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((q.page - 1) * AUDIT_PAGE_SIZE);
  return {
    items: rows.map(({ entry, prenom, nom, jetonNom }) => ({
      id: entry.id,
      createdAt: entry.createdAt.toISOString(),
      actorUserId: entry.actorUserId,
      actorNom: prenom ? `${prenom} ${nom}` : entry.actorLabel,
      canal: entry.channel,
      jetonId: entry.apiTokenId,
      /** « session », « jeton API “Export SIG” »… (ADR 016). */
      canalLibelle: auditChannelLabel(entry.channel, jetonNom),
      realActorUserId: entry.realActorUserId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      diff: entry.diff,
    })),
    total: count?.n ?? 0,
    page: q.page,
    pageSize: AUDIT_PAGE_SIZE,
  };
}
