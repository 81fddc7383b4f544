import { eq } from 'drizzle-orm';
import { notFound } from '../../../../domain/errors';
import type { StructureView } from '../../../../domain/structures/structure.schema';
import type { DbOrTx } from '../../db/client';
import { structures } from '../../db/schema';
import { auditActor, writeAudit } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';

export type { StructureView };

export async function getStructure(ctx: ServiceContext): Promise<StructureView> {
  const [row] = await ctx.db.select().from(structures).where(eq(structures.id, ctx.actor.structureId));
  if (!row) throw notFound('Structure');
  return { id: row.id, nom: row.nom };
}

export async function renameStructure(ctx: ServiceContext, nom: string): Promise<StructureView> {
  return ctx.db.transaction(async (tx) => {
    const before = await getStructure({ ...ctx, db: tx });
    const [row] = await tx
      .update(structures)
      .set({ nom, updatedAt: ctx.now() })
      .where(eq(structures.id, ctx.actor.structureId))
      .returning();
    await writeAudit(tx, {
      ...auditActor(ctx),
      action: 'update',
      entityType: 'structure',
      entityId: row!.id,
      before: { nom: before.nom },
      after: { nom: row!.nom },
    });
    return { id: row!.id, nom: row!.nom };
  });
}

/** Creates a structure (CLI, demo, tests): the tenant everything else belongs to. */
export async function insertStructure(db: DbOrTx, nom: string): Promise<StructureView> {
  const [row] = await db.insert(structures).values({ nom }).returning();
  return { id: row!.id, nom: row!.nom };
}
