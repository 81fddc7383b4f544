import { and, eq } from 'drizzle-orm';
import { validationFailed } from '../../../../domain/errors';
import type { DbOrTx } from '../../db/client';
import { partners, places, projets } from '../../db/schema';
import type { ServiceContext } from '../../lib/context';
import { assertIdsInStructure } from '../../lib/scope';
import { assertPlanningRefs } from '../planning';

/**
 * An action's references belong to the structure (a 400 naming the field otherwise): its people
 * and QPV as for a shift of the planning, its place one of that QPV, its partners and project the
 * structure's.
 */
export async function assertActionRefs(
  tx: DbOrTx,
  ctx: ServiceContext,
  a: {
    mediateurIds: readonly string[];
    territoireId: string;
    lieuId: string | null;
    partenaireIds: readonly string[];
    projetId?: string | null;
  },
): Promise<void> {
  await assertPlanningRefs(tx, ctx, {
    mediateurIds: a.mediateurIds,
    territoireId: a.territoireId,
    secteurId: null,
  });
  if (a.lieuId) {
    const [lieu] = await tx
      .select({ territoryId: places.territoryId })
      .from(places)
      .where(and(eq(places.id, a.lieuId), eq(places.structureId, ctx.actor.structureId)));
    const message = !lieu
      ? 'Lieu inconnu dans votre structure.'
      : lieu.territoryId !== a.territoireId
        ? 'Ce lieu n’est pas dans le QPV choisi.'
        : null;
    if (message) throw validationFailed(message, [{ champ: 'lieuId', message }]);
  }
  await assertIdsInStructure(tx, partners, a.partenaireIds, ctx.actor.structureId, 'partenaireIds');
  if (a.projetId) await assertIdsInStructure(tx, projets, [a.projetId], ctx.actor.structureId, 'projetId');
}
