import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { auditChannelLabel } from '../../../../domain/journal/audit-channel';
import type { JournalQuery, JournalView } from '../../../../domain/journal/journal.schema';
import { periodeEffective } from '../../../../domain/liste';
import { addDays, parisDate, parisInstant } from '../../../../domain/time/paris';
import { apiTokens, auditLog, users } from '../../db/schema';
import type { ServiceContext } from '../../lib/context';
import { countAll, paginer } from '../../lib/liste';

/**
 * The structure's audit log, newest first (then id); days are read in Europe/Paris, as a range
 * on `created_at` so the (structure, created_at) index serves it. Without `du`, the 30 days
 * ending at `au` or today (ADR 019).
 */
export async function listAudit(ctx: ServiceContext, q: JournalQuery): Promise<JournalView> {
  const periode = periodeEffective(q, parisDate(ctx.now()));
  const filters: SQL[] = [
    eq(auditLog.structureId, ctx.actor.structureId),
    gte(auditLog.createdAt, parisInstant(periode.du)),
  ];
  if (periode.au) filters.push(lt(auditLog.createdAt, parisInstant(addDays(periode.au, 1))));
  if (q.entityType) filters.push(eq(auditLog.entityType, q.entityType));
  if (q.action) filters.push(eq(auditLog.action, q.action));
  if (q.userId) filters.push(eq(auditLog.actorUserId, q.userId));
  if (q.canal) filters.push(eq(auditLog.channel, q.canal));
  const where = and(...filters);
  const page = await paginer(
    q,
    () => ctx.db.select({ n: countAll }).from(auditLog).where(where),
    async ({ limit, offset }) => {
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
        .limit(limit)
        .offset(offset);
      return rows.map(({ entry, prenom, nom, jetonNom }) => ({
        id: entry.id,
        createdAt: entry.createdAt.toISOString(),
        actorUserId: entry.actorUserId,
        actorNom: prenom ? `${prenom} ${nom}` : entry.actorLabel,
        canal: entry.channel,
        jetonId: entry.apiTokenId,
        canalLibelle: auditChannelLabel(entry.channel, jetonNom),
        realActorUserId: entry.realActorUserId,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId,
        diff: entry.diff,
      }));
    },
  );
  return { ...page, periode };
}
