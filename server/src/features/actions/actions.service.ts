/**
 * Collective actions (issue 14, ADR 032): list, read, create (idempotent by the client's id),
 * change and cancel. Every change is one transaction with its audit row; a mediator writes only
 * the actions they run (domain/actions/action.rules.ts).
 */
import { and, desc, eq, ilike } from 'drizzle-orm';
import { actionWriteProblem } from '../../../../domain/actions/action.rules';
import {
  type ActionCreate,
  type ActionsPage,
  type ActionsQuery,
  type ActionUpdate,
  type ActionView,
  actionPlageError,
} from '../../../../domain/actions/action.schema';
import { conflict, forbidden, notFound, validationFailed } from '../../../../domain/errors';
import { periodeEffective } from '../../../../domain/liste';
import { parisDate } from '../../../../domain/time/paris';
import type { DbOrTx } from '../../db/client';
import { actionMediateurs, actionPartenaires, actions, projetActions } from '../../db/schema';
import { auditActor, writeAudit } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { inParisDays, likePattern, paginerTable } from '../../lib/liste';
import { type ActionLue, actionScope, loadAction, presentAction, withPeople } from './actions.read';
import { assertActionRefs } from './actions.refs';

/** The actions of the filter, newest start first; by default those since 30 days ago (and to come). */
export async function listActions(ctx: ServiceContext, q: ActionsQuery): Promise<ActionsPage> {
  const periode = periodeEffective(q, parisDate(ctx.now()));
  const where = and(
    actionScope(ctx.actor),
    ...inParisDays(actions.debut, periode),
    q.type ? eq(actions.type, q.type) : undefined,
    q.territoireId ? eq(actions.territoireId, q.territoireId) : undefined,
    q.statut ? eq(actions.statut, q.statut) : undefined,
    q.recherche ? ilike(actions.titre, likePattern(q.recherche)) : undefined,
  );
  const page = await paginerTable(
    ctx.db,
    q,
    actions,
    where,
    [desc(actions.debut), desc(actions.id)],
    async (rows) => (await withPeople(ctx.db, rows)).map(presentAction),
  );
  return { ...page, periode };
}

export async function getAction(ctx: ServiceContext, id: string): Promise<ActionView> {
  const a = await loadAction(ctx.db, ctx.actor, id);
  if (!a) throw notFound('Action');
  return presentAction(a);
}

/** What the journal keeps of an action: its fields, people and partners as sorted id lists. */
const summary = (a: ActionLue) => ({
  type: a.row.type,
  titre: a.row.titre,
  statut: a.row.statut,
  debut: a.row.debut.toISOString(),
  fin: a.row.fin.toISOString(),
  territoireId: a.row.territoireId,
  lieuId: a.row.lieuId,
  projetId: a.projetId,
  mediateurIds: a.mediateurs
    .map((m) => m.id)
    .sort()
    .join(','),
  partenaireIds: a.partenaires
    .map((p) => p.id)
    .sort()
    .join(','),
  public: a.row.public,
  objectif: a.row.objectif,
  heuresPreparation: a.row.heuresPreparation,
  publicCible: a.row.publicCible,
  participantsAttendus: a.row.participantsAttendus,
});

async function setPeople(
  tx: DbOrTx,
  id: string,
  mediateurIds?: readonly string[],
  partenaireIds?: readonly string[],
  projetId?: string | null,
) {
  if (projetId !== undefined) {
    await tx.delete(projetActions).where(eq(projetActions.actionId, id));
    if (projetId) await tx.insert(projetActions).values({ actionId: id, projetId });
  }
  if (mediateurIds) {
    await tx.delete(actionMediateurs).where(eq(actionMediateurs.actionId, id));
    if (mediateurIds.length)
      await tx.insert(actionMediateurs).values(mediateurIds.map((m) => ({ actionId: id, mediateurId: m })));
  }
  if (partenaireIds) {
    await tx.delete(actionPartenaires).where(eq(actionPartenaires.actionId, id));
    if (partenaireIds.length)
      await tx
        .insert(actionPartenaires)
        .values(partenaireIds.map((p) => ({ actionId: id, partenaireId: p })));
  }
}

/** Creates an action; the same id twice creates one (the second answer is the action as it is). */
export async function createAction(
  ctx: ServiceContext,
  input: ActionCreate,
): Promise<{ created: boolean; view: ActionView }> {
  return ctx.db.transaction(async (tx) => {
    const existing = await loadAction(tx, ctx.actor, input.id);
    if (existing) return { created: false, view: presentAction(existing) };
    const problem = actionWriteProblem(ctx.actor, input.mediateurIds);
    if (problem) throw forbidden(problem);
    await assertActionRefs(tx, ctx, input);
    const { id, mediateurIds, partenaireIds, projetId, debut, fin, ...columns } = input;
    const inserted = await tx
      .insert(actions)
      .values({
        ...columns,
        id,
        debut: new Date(debut),
        fin: new Date(fin),
        structureId: ctx.actor.structureId,
        creePar: ctx.actor.userId,
      })
      .onConflictDoNothing({ target: actions.id })
      .returning({ id: actions.id });
    if (inserted.length === 0) {
      throw validationFailed('Identifiant déjà utilisé (id).', [
        { champ: 'id', message: 'Identifiant déjà utilisé.' },
      ]);
    }
    await setPeople(tx, id, mediateurIds, partenaireIds, projetId);
    const created = (await loadAction(tx, ctx.actor, id))!;
    await writeAudit(tx, {
      ...auditActor(ctx),
      action: 'create',
      entityType: 'action_collective',
      entityId: id,
      after: summary(created),
      notes: [created.row.objectif, created.row.publicCible],
    });
    return { created: true, view: presentAction(created) };
  });
}

/** The action locked for a change, refused when unknown, out of reach or cancelled. */
export async function lockForChange(tx: DbOrTx, ctx: ServiceContext, id: string): Promise<ActionLue> {
  const before = await lockWritable(tx, ctx, id);
  if (before.row.statut === 'annulee') throw conflict('Cette action est annulée : elle ne se modifie plus.');
  return before;
}

/** The action locked (FOR UPDATE), 404 out of reach, 403 for a mediator who does not run it. */
async function lockWritable(tx: DbOrTx, ctx: ServiceContext, id: string): Promise<ActionLue> {
  const [locked] = await tx
    .select({ id: actions.id })
    .from(actions)
    .where(and(actionScope(ctx.actor), eq(actions.id, id)))
    .for('update');
  const before = locked && (await loadAction(tx, ctx.actor, id));
  if (!before) throw notFound('Action');
  const problem = actionWriteProblem(
    ctx.actor,
    before.mediateurs.map((m) => m.id),
  );
  if (problem) throw forbidden(problem);
  return before;
}

export async function updateAction(
  ctx: ServiceContext,
  id: string,
  patch: ActionUpdate,
): Promise<ActionView> {
  return ctx.db.transaction(async (tx) => {
    const before = await lockForChange(tx, ctx, id);
    const r = before.row;
    const { mediateurIds: mIds, partenaireIds: pIds, projetId, debut, fin, ...columns } = patch;
    const next = {
      debut: debut ? new Date(debut) : r.debut,
      fin: fin ? new Date(fin) : r.fin,
      territoireId: patch.territoireId ?? r.territoireId,
      lieuId: patch.lieuId !== undefined ? patch.lieuId : r.lieuId,
      mediateurIds: mIds ?? before.mediateurs.map((m) => m.id),
      partenaireIds: pIds ?? before.partenaires.map((p) => p.id),
      projetId: projetId !== undefined ? projetId : before.projetId,
    };
    const plage = actionPlageError(next.debut, next.fin);
    if (plage) throw validationFailed(plage, [{ champ: 'fin', message: plage }]);
    const problem = actionWriteProblem(ctx.actor, next.mediateurIds);
    if (problem) throw forbidden(problem);
    await assertActionRefs(tx, ctx, next);
    await tx
      .update(actions)
      .set({ ...columns, debut: next.debut, fin: next.fin, lieuId: next.lieuId, updatedAt: ctx.now() })
      .where(eq(actions.id, id));
    await setPeople(tx, id, mIds, pIds, projetId);
    const after = (await loadAction(tx, ctx.actor, id))!;
    await writeAudit(tx, {
      ...auditActor(ctx),
      action: 'update',
      entityType: 'action_collective',
      entityId: id,
      before: summary(before),
      after: summary(after),
      notes: [after.row.objectif, after.row.publicCible],
    });
    return presentAction(after);
  });
}

/** Cancels an action: it stays, `annulee`, out of the report; cancelling twice changes nothing. */
export async function cancelAction(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const before = await lockWritable(tx, ctx, id);
    if (before.row.statut === 'annulee') return;
    await tx.update(actions).set({ statut: 'annulee', updatedAt: ctx.now() }).where(eq(actions.id, id));
    await writeAudit(tx, {
      ...auditActor(ctx),
      action: 'delete',
      entityType: 'action_collective',
      entityId: id,
      before: { statut: before.row.statut },
      after: { statut: 'annulee' },
    });
  });
}
