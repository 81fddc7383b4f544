import { and, eq, inArray } from 'drizzle-orm';
import { coversTerritory } from '../../../../domain/auth/roles';
import { validationFailed } from '../../../../domain/errors';
import type { DbOrTx } from '../../db/client';
import { sectors, territories, users } from '../../db/schema';
import type { ServiceContext } from '../../lib/context';
import { assertIdsInStructure } from '../../lib/scope';

const refuse = (champ: string, message: string) => validationFailed(message, [{ champ, message }]);

/**
 * A shift's references belong to the structure: its people are active mediators or
 * coordinators, its QPV one the actor covers, its sector one of that QPV. Else a 400 naming the
 * field.
 */
export async function assertPlanningRefs(
  tx: DbOrTx,
  ctx: ServiceContext,
  c: { mediateurIds: readonly string[]; territoireId: string | null; secteurId: string | null },
): Promise<void> {
  const s = ctx.actor.structureId;
  if (c.mediateurIds.length) {
    const ok = await tx
      .select({ id: users.id })
      .from(users)
      .where(
        and(
          eq(users.structureId, s),
          eq(users.isActive, true),
          inArray(users.role, ['mediateur', 'coordinateur']),
          inArray(users.id, [...c.mediateurIds]),
        ),
      );
    if (ok.length !== c.mediateurIds.length) {
      throw refuse(
        'mediateurIds',
        'Choisissez des médiateur·rices ou coordinateur·rices actifs de votre structure.',
      );
    }
  }
  if (c.territoireId) {
    await assertIdsInStructure(tx, territories, [c.territoireId], s, 'territoireId');
    if (!coversTerritory(ctx.actor, c.territoireId)) {
      throw refuse('territoireId', 'Ce QPV n’est pas dans votre périmètre.');
    }
  }
  if (c.secteurId) {
    const [sector] = await tx
      .select({ territoryId: sectors.territoryId })
      .from(sectors)
      .where(and(eq(sectors.id, c.secteurId), eq(sectors.structureId, s)));
    if (!sector) throw refuse('secteurId', 'Secteur inconnu dans votre structure.');
    if (c.territoireId && sector.territoryId !== c.territoireId) {
      throw refuse('secteurId', 'Ce secteur n’est pas dans le QPV choisi.');
    }
  }
}
