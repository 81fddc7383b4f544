import { and, desc, eq, isNull } from 'drizzle-orm';
import { notFound } from '../../../../domain/errors';
import { apiTokens, users } from '../../db/schema';
import { auditActor, writeAudit } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { randomSecret, sha256 } from '../../lib/crypto';
import { assertIdsInStructure } from '../../lib/scope';

export interface ApiTokenView {
  id: string;
  nom: string;
  prefix: string;
  userId: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const present = (t: typeof apiTokens.$inferSelect): ApiTokenView => ({
  id: t.id,
  nom: t.nom,
  prefix: t.prefix,
  userId: t.userId,
  createdAt: t.createdAt.toISOString(),
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  revokedAt: t.revokedAt?.toISOString() ?? null,
});

export async function listApiTokens(ctx: ServiceContext): Promise<ApiTokenView[]> {
  const rows = await ctx.db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.structureId, ctx.actor.structureId))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
  return rows.map(present);
}

/** Creates a token acting as `userId` (same scope as that user); the secret is answered once. */
export async function createApiToken(ctx: ServiceContext, input: { nom: string; userId: string }) {
  return ctx.db.transaction(async (tx) => {
    await assertIdsInStructure(tx, users, [input.userId], ctx.actor.structureId, 'userId');
    const secret = `trm_${randomSecret(32)}`;
    const [row] = await tx
      .insert(apiTokens)
      .values({
        structureId: ctx.actor.structureId,
        userId: input.userId,
        nom: input.nom,
        prefix: secret.slice(0, 10),
        tokenHash: sha256(secret),
        createdAt: ctx.now(),
      })
      .returning();
    const view = present(row!);
    await writeAudit(tx, {
      ...auditActor(ctx),
      action: 'create',
      entityType: 'jeton_api',
      entityId: row!.id,
      before: null,
      after: { nom: view.nom, userId: view.userId, prefix: view.prefix },
    });
    return { ...view, secret };
  });
}

export async function revokeApiToken(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: ctx.now() })
      .where(
        and(
          eq(apiTokens.id, id),
          eq(apiTokens.structureId, ctx.actor.structureId),
          isNull(apiTokens.revokedAt),
        ),
      )
      .returning();
    if (!row) throw notFound('Jeton');
    await writeAudit(tx, {
      ...auditActor(ctx),
      action: 'delete',
      entityType: 'jeton_api',
      entityId: id,
    });
  });
}
