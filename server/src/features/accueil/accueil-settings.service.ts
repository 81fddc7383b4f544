import { eq, sql } from 'drizzle-orm';
import type { ParametresAccueilInput } from '../../../../domain/accueil/orientation.schema';
import type { DbOrTx } from '../../db/client';
import { accueilSettings } from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';

export const DEFAULT_PARAMETRES: ParametresAccueilInput = { delaiRelanceJours: 15, delaiExpirationJours: 30 };

/** The structure's follow-up delays, defaults when never set. */
export async function getParametres(db: DbOrTx, structureId: string): Promise<ParametresAccueilInput> {
  const [row] = await db.select().from(accueilSettings).where(eq(accueilSettings.structureId, structureId));
  return row
    ? { delaiRelanceJours: row.delaiRelanceJours, delaiExpirationJours: row.delaiExpirationJours }
    : DEFAULT_PARAMETRES;
}

export async function setParametres(ctx: ServiceContext, input: ParametresAccueilInput) {
  return ctx.db.transaction(async (tx) => {
    const before = await getParametres(tx, ctx.actor.structureId);
    await tx
      .insert(accueilSettings)
      .values({ structureId: ctx.actor.structureId, ...input, updatedAt: ctx.now() })
      .onConflictDoUpdate({
        target: accueilSettings.structureId,
        set: {
          delaiRelanceJours: sql`excluded.delai_relance_jours`,
          delaiExpirationJours: sql`excluded.delai_expiration_jours`,
          updatedAt: ctx.now(),
        },
      });
    await auditChange(tx, ctx, 'update', 'parametres_accueil', ctx.actor.structureId, {
      before: { ...before },
      after: { ...input },
    });
    return input;
  });
}
