/**
 * After the door opens (issue 14, parts 2 and 3): the participation counts, replaced wholesale
 * and answered with their totals, and the evaluation, once the action has started. Each write is
 * one transaction with its audit row.
 */
import { eq } from 'drizzle-orm';
import type {
  ActionView,
  EvaluationInput,
  ParticipationInput,
  ParticipationView,
} from '../../../../domain/actions/action.schema';
import { conflict, notFound } from '../../../../domain/errors';
import { actionComptes, actions } from '../../db/schema';
import { auditActor, writeAudit } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { loadAction, loadComptes, presentAction, totaux } from './actions.read';
import { lockForChange } from './actions.service';

/** The counts of an action the actor sees, with their totals. */
export async function getParticipation(ctx: ServiceContext, id: string): Promise<ParticipationView> {
  if (!(await loadAction(ctx.db, ctx.actor, id))) throw notFound('Action');
  return totaux(await loadComptes(ctx.db, id));
}

const ligne = (c: { public: string; genre: string; nombre: number }) => `${c.public}/${c.genre}=${c.nombre}`;

/** Replaces the counts of an action (lines at 0 are not kept) and answers the totals. */
export async function putParticipation(
  ctx: ServiceContext,
  id: string,
  input: ParticipationInput,
): Promise<ParticipationView> {
  return ctx.db.transaction(async (tx) => {
    await lockForChange(tx, ctx, id);
    const before = totaux(await loadComptes(tx, id));
    const comptes = input.comptes.filter((c) => c.nombre > 0);
    await tx.delete(actionComptes).where(eq(actionComptes.actionId, id));
    if (comptes.length) await tx.insert(actionComptes).values(comptes.map((c) => ({ actionId: id, ...c })));
    const after = totaux(await loadComptes(tx, id));
    await tx
      .update(actions)
      .set({ participants: after.total, updatedAt: ctx.now() })
      .where(eq(actions.id, id));
    await writeAudit(tx, {
      ...auditActor(ctx),
      action: 'update',
      entityType: 'action_participation',
      entityId: id,
      before: { total: before.total, comptes: before.comptes.map(ligne).join(', ') },
      after: { total: after.total, comptes: after.comptes.map(ligne).join(', ') },
    });
    return after;
  });
}

/** Writes (or rewrites) the evaluation of an action that has started. */
export async function putEvaluation(
  ctx: ServiceContext,
  id: string,
  input: EvaluationInput,
): Promise<ActionView> {
  return ctx.db.transaction(async (tx) => {
    const before = await lockForChange(tx, ctx, id);
    const r = before.row;
    if (ctx.now() < r.debut) {
      throw conflict('Cette action n’a pas encore commencé : elle s’évalue après son début.');
    }
    await tx
      .update(actions)
      .set({ ...input, evalueeLe: ctx.now(), updatedAt: ctx.now() })
      .where(eq(actions.id, id));
    await writeAudit(tx, {
      ...auditActor(ctx),
      action: r.resultat ? 'update' : 'create',
      entityType: 'action_evaluation',
      entityId: id,
      before: r.resultat
        ? { bienPasse: r.bienPasse, aChanger: r.aChanger, resultat: r.resultat, suites: r.suites }
        : null,
      after: { ...input },
      notes: [input.bienPasse, input.aChanger, input.suites],
    });
    return presentAction((await loadAction(tx, ctx.actor, id))!);
  });
}
