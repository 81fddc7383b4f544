import { eq } from 'drizzle-orm';
import { forbidden, notFound } from '../../../../domain/errors';
import type { StructureUpdateInput, StructureView } from '../../../../domain/structures/structure.schema';
import { canRequireSecondFactor } from '../../../../domain/utilisateurs/deuxieme-facteur.schema';
import type { DbOrTx } from '../../db/client';
import { structures } from '../../db/schema';
import { auditActor, writeAudit } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';

export type { StructureView };

const view = (row: typeof structures.$inferSelect): StructureView => ({
  id: row.id,
  nom: row.nom,
  deuxiemeFacteurObligatoire: row.deuxiemeFacteurObligatoire,
});

export async function getStructure(ctx: ServiceContext): Promise<StructureView> {
  const [row] = await ctx.db.select().from(structures).where(eq(structures.id, ctx.actor.structureId));
  if (!row) throw notFound('Structure');
  return view(row);
}

/** Renames the structure and/or sets the second factor's rule; only admin and direction set the latter. */
export async function updateStructure(
  ctx: ServiceContext,
  input: StructureUpdateInput,
): Promise<StructureView> {
  if (input.deuxiemeFacteurObligatoire !== undefined && !canRequireSecondFactor(ctx.actor)) {
    throw forbidden('Seules l’administration et la direction peuvent exiger la double authentification.');
  }
  if (input.nom === undefined && input.deuxiemeFacteurObligatoire === undefined) return getStructure(ctx);
  return ctx.db.transaction(async (tx) => {
    const before = await getStructure({ ...ctx, db: tx });
    const [row] = await tx
      .update(structures)
      .set({
        nom: input.nom ?? before.nom,
        deuxiemeFacteurObligatoire: input.deuxiemeFacteurObligatoire ?? before.deuxiemeFacteurObligatoire,
        updatedAt: ctx.now(),
      })
      .where(eq(structures.id, ctx.actor.structureId))
      .returning();
    const after = view(row!);
    await writeAudit(tx, {
      ...auditActor(ctx),
      action: 'update',
      entityType: 'structure',
      entityId: after.id,
      before: { nom: before.nom, deuxiemeFacteurObligatoire: before.deuxiemeFacteurObligatoire },
      after: { nom: after.nom, deuxiemeFacteurObligatoire: after.deuxiemeFacteurObligatoire },
    });
    return after;
  });
}

/** Creates a structure (CLI, demo, tests): the tenant everything else belongs to. */
export async function insertStructure(db: DbOrTx, nom: string): Promise<StructureView> {
  const [row] = await db.insert(structures).values({ nom }).returning();
  return view(row!);
}
