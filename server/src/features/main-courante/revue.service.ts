/** Review by the coordination: validate (and lock) or send back; unlocking is a logged act. */
import { eq } from 'drizzle-orm';
import { conflict } from '../../../../domain/errors';
import { activiteVerrouillee } from '../../../../domain/main-courante/activite.rules';
import type { RevueInput } from '../../../../domain/main-courante/activite.schema';
import type { ActiviteView } from '../../../../domain/main-courante/activite.views';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { fingerprint } from './activites.presenter';
import { getActiviteView } from './activites.read';
import { lockActivite } from './activites.refs';
import { activiteReviews, activites } from './main-courante.table';

/** Marks a finished activity `validee` (locked) or `a_corriger` with a comment. */
export async function reviewActivite(
  ctx: ServiceContext,
  id: string,
  input: RevueInput,
): Promise<ActiviteView> {
  return ctx.db.transaction(async (tx) => {
    const { row } = await lockActivite(tx, ctx.actor, id);
    if (!row.fin) throw conflict('Cette activité est en cours : elle pourra être revue une fois terminée.');
    if (row.verrouillee) {
      if (input.statut === 'validee') return getActiviteView(tx, ctx.actor, id);
      throw activiteVerrouillee();
    }
    const now = ctx.now();
    await tx
      .update(activites)
      .set({
        statutRevue: input.statut,
        verrouillee: input.statut === 'validee',
        revueParId: ctx.actor.userId,
        revueLe: now,
        revueCommentaire: input.commentaire,
        updatedAt: now,
      })
      .where(eq(activites.id, id));
    await tx.insert(activiteReviews).values({
      structureId: ctx.actor.structureId,
      activiteId: id,
      action: input.statut,
      commentaire: input.commentaire,
      actorId: ctx.actor.userId,
    });
    await auditChange(tx, ctx, 'update', 'activite', id, {
      before: { statutRevue: row.statutRevue, verrouillee: row.verrouillee },
      after: { statutRevue: input.statut, verrouillee: input.statut === 'validee' },
      extra: { revue: { commentaire: fingerprint(input.commentaire) } },
    });
    return getActiviteView(tx, ctx.actor, id);
  });
}

/** Lifts the lock of a validated activity so that it can be corrected; logged as 'unlock'. */
export async function unlockActivite(ctx: ServiceContext, id: string): Promise<ActiviteView> {
  return ctx.db.transaction(async (tx) => {
    const { row } = await lockActivite(tx, ctx.actor, id);
    if (!row.verrouillee) throw conflict('Cette activité n’est pas verrouillée.');
    const now = ctx.now();
    await tx.update(activites).set({ verrouillee: false, updatedAt: now }).where(eq(activites.id, id));
    await tx.insert(activiteReviews).values({
      structureId: ctx.actor.structureId,
      activiteId: id,
      action: 'deverrouillee',
      actorId: ctx.actor.userId,
    });
    await auditChange(tx, ctx, 'unlock', 'activite', id, {
      before: { verrouillee: true },
      after: { verrouillee: false },
    });
    return getActiviteView(tx, ctx.actor, id);
  });
}
