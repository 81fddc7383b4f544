/** The signed-in user's open sessions, and closing one of them (issue 16, part 7). */
import { and, desc, eq, gt } from 'drizzle-orm';
import { notFound } from '../../../../domain/errors';
import type { SessionView } from '../../../../domain/utilisateurs/utilisateur.schema';
import { sessions } from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { sha256 } from '../../lib/crypto';

/** A session is named by a hash of its stored hash: the cookie's secret cannot be derived from it. */
const publicId = (idHash: string) => sha256(`session:${idHash}`).slice(0, 32);

export async function listSessions(
  ctx: ServiceContext,
  currentIdHash: string | null,
): Promise<SessionView[]> {
  const rows = await ctx.db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, ctx.actor.userId), gt(sessions.expiresAt, ctx.now())))
    .orderBy(desc(sessions.lastSeenAt));
  return rows.map((s) => ({
    id: publicId(s.idHash),
    ouverteLe: s.createdAt.toISOString(),
    vueLe: s.lastSeenAt.toISOString(),
    expireLe: s.expiresAt.toISOString(),
    courante: s.idHash === currentIdHash,
  }));
}

/** Closes one of the user's own sessions (another phone, a forgotten computer). */
export async function closeSession(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const mine = await tx
      .select({ idHash: sessions.idHash })
      .from(sessions)
      .where(eq(sessions.userId, ctx.actor.userId));
    const target = mine.find((s) => publicId(s.idHash) === id);
    if (!target) throw notFound('Session');
    await tx.delete(sessions).where(eq(sessions.idHash, target.idHash));
    await auditChange(tx, ctx, 'logout', 'session', null, { extra: { sessionFermee: id } });
  });
}
