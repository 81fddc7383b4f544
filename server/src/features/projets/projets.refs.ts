/**
 * A project's references belong to the structure: its territory one the actor covers, its
 * action of origin and its partners the structure's, its carriers files of the accueil with a
 * consent in force, its mediators active staff. Else a 400 naming the field.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { coversTerritory } from '../../../../domain/auth/roles';
import { validationFailed } from '../../../../domain/errors';
import type { DbOrTx } from '../../db/client';
import { actions, partners, territories, users } from '../../db/schema';
import type { ServiceContext } from '../../lib/context';
import { assertIdsInStructure } from '../../lib/scope';
import { personnesConsentantes } from '../accueil';

const refuse = (champ: string, message: string) => validationFailed(message, [{ champ, message }]);

export async function assertProjetRefs(
  tx: DbOrTx,
  ctx: ServiceContext,
  p: {
    territoireId?: string;
    partenaireIds?: readonly string[];
    personneIds?: readonly string[];
    actionOrigineId?: string | null;
  },
): Promise<void> {
  const s = ctx.actor.structureId;
  if (p.actionOrigineId) await assertIdsInStructure(tx, actions, [p.actionOrigineId], s, 'actionOrigineId');
  if (p.territoireId) {
    await assertIdsInStructure(tx, territories, [p.territoireId], s, 'territoireId');
    if (!coversTerritory(ctx.actor, p.territoireId)) {
      throw refuse('territoireId', 'Ce territoire n’est pas dans votre périmètre.');
    }
  }
  if (p.partenaireIds?.length) await assertIdsInStructure(tx, partners, p.partenaireIds, s, 'partenaireIds');
  const ids = [...new Set(p.personneIds ?? [])];
  if (ids.length) {
    const consenting = await personnesConsentantes(tx, s, ids);
    if (consenting.size !== ids.length) {
      throw refuse(
        'personneIds',
        'Un porteur doit être une fiche de l’accueil de votre structure avec un consentement en cours.',
      );
    }
  }
}

/** The mediators of a step: active staff of the structure who work in the field. */
export async function assertMediateurs(
  tx: DbOrTx,
  ctx: ServiceContext,
  ids: readonly string[],
): Promise<void> {
  const unique = [...new Set(ids)];
  if (!unique.length) return;
  const ok = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.structureId, ctx.actor.structureId),
        eq(users.isActive, true),
        inArray(users.role, ['mediateur', 'coordinateur']),
        inArray(users.id, unique),
      ),
    );
  if (ok.length !== unique.length) {
    throw refuse(
      'mediateurIds',
      'Choisissez des médiateur·rices ou coordinateur·rices actifs de votre structure.',
    );
  }
}
