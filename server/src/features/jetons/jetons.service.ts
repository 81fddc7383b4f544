import { and, desc, eq, isNull, type SQL } from 'drizzle-orm';
import { canManageApiTokens } from '../../../../domain/auth/roles';
import { forbidden, notFound } from '../../../../domain/errors';
import type { ApiTokenCreateInput, ApiTokenView } from '../../../../domain/utilisateurs/utilisateur.schema';
import type { DbOrTx } from '../../db/client';
import { apiTokens } from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { randomSecret, sha256 } from '../../lib/crypto';

const present = (t: typeof apiTokens.$inferSelect): ApiTokenView => ({
  id: t.id,
  nom: t.nom,
  prefix: t.prefix,
  userId: t.userId,
  createdAt: t.createdAt.toISOString(),
  expiresAt: t.expiresAt.toISOString(),
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  revokedAt: t.revokedAt?.toISOString() ?? null,
});

/** Tokens the actor may see: every token of the structure for an admin, one's own otherwise. */
function visibleTokens(ctx: ServiceContext): SQL {
  const structure = eq(apiTokens.structureId, ctx.actor.structureId);
  return canManageApiTokens(ctx.actor) ? structure : and(structure, eq(apiTokens.userId, ctx.actor.userId))!;
}

export async function listApiTokens(ctx: ServiceContext): Promise<ApiTokenView[]> {
  const rows = await ctx.db
    .select()
    .from(apiTokens)
    .where(visibleTokens(ctx))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
  return rows.map(present);
}

/**
 * Creates a token for the signed-in user only, from a session only (ADR 016): nobody can mint a
 * token acting as someone else, and a token cannot mint tokens outliving its own expiry or
 * revocation. The secret is answered once.
 */
export async function createApiToken(ctx: ServiceContext, input: ApiTokenCreateInput) {
  if (input.userId !== undefined && input.userId !== ctx.actor.userId) {
    throw forbidden('Un jeton d’API ne peut être créé que par son titulaire, pour son propre compte.');
  }
  if (ctx.channel.via !== 'session') {
    throw forbidden('Un jeton d’API ne peut pas créer d’autres jetons : connectez-vous pour en créer un.');
  }
  return ctx.db.transaction(async (tx) => {
    const secret = `trm_${randomSecret(32)}`;
    const now = ctx.now();
    const [row] = await tx
      .insert(apiTokens)
      .values({
        structureId: ctx.actor.structureId,
        userId: ctx.actor.userId,
        nom: input.nom,
        prefix: secret.slice(0, 10),
        tokenHash: sha256(secret),
        createdAt: now,
        expiresAt: new Date(now.getTime() + input.dureeJours * 86400_000),
      })
      .returning();
    const view = present(row!);
    await auditChange(tx, ctx, 'create', 'jeton_api', row!.id, {
      before: null,
      after: { nom: view.nom, userId: view.userId, prefix: view.prefix, expiresAt: view.expiresAt },
    });
    return { ...view, secret };
  });
}

/** Revokes a token: its owner or an admin of the structure. */
export async function revokeApiToken(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: ctx.now() })
      .where(and(eq(apiTokens.id, id), visibleTokens(ctx), isNull(apiTokens.revokedAt)))
      .returning();
    if (!row) throw notFound('Jeton');
    await auditChange(tx, ctx, 'delete', 'jeton_api', id);
  });
}

/**
 * Revokes every live token of a user, inside the caller's transaction, one audit row each.
 * Used when the account is deactivated: reactivating it later does not bring them back.
 */
export async function revokeTokensOfUser(tx: DbOrTx, ctx: ServiceContext, userId: string): Promise<void> {
  const revoked = await tx
    .update(apiTokens)
    .set({ revokedAt: ctx.now() })
    .where(
      and(
        eq(apiTokens.userId, userId),
        eq(apiTokens.structureId, ctx.actor.structureId),
        isNull(apiTokens.revokedAt),
      ),
    )
    .returning({ id: apiTokens.id });
  for (const { id } of revoked) {
    await auditChange(tx, ctx, 'delete', 'jeton_api', id, { extra: { motif: 'compte désactivé' } });
  }
}
