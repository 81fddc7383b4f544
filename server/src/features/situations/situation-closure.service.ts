import { closureProblem, reopenProblem } from '../../../../domain/situations/situation.rules';
import type { ClosureInput } from '../../../../domain/situations/situation.schema';
import type { SituationLinkKind } from '../../../../domain/situations/situation.taxonomies';
import { situationLinks } from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { change, facts, insertStep } from './situation-steps.service';
import { refuse, touchSituation } from './situations.access';

/** Closes with an outcome (never without). */
export async function closeSituation(ctx: ServiceContext, id: string, input: ClosureInput) {
  return change(ctx, id, async (tx, s, today) => {
    refuse(closureProblem(facts(s), input.issue, input.date, today), 'issue');
    const me = ctx.actor.role === 'mediateur' ? [ctx.actor.userId] : [];
    await insertStep(tx, ctx, s, { kind: 'cloture', date: input.date, mediateurIds: me, note: input.note });
    await touchSituation(tx, ctx, id, { status: 'cloturee', outcome: input.issue, closedOn: input.date });
    await auditChange(tx, ctx, 'update', 'situation', id, {
      before: { statut: s.row.status, issue: s.row.outcome },
      after: { statut: 'cloturee', issue: input.issue },
    });
  });
}

/** Reopens a closed situation: a new saisine in the timeline, with the reason. */
export async function reopenSituation(ctx: ServiceContext, id: string, motif: string) {
  return change(ctx, id, async (tx, s, today) => {
    refuse(reopenProblem(facts(s)), 'statut');
    const me = ctx.actor.role === 'mediateur' ? [ctx.actor.userId] : [];
    await insertStep(tx, ctx, s, {
      kind: 'saisine',
      date: today,
      mediateurIds: me,
      note: `Réouverture : ${motif}`,
    });
    await touchSituation(tx, ctx, id, { status: 'ouverte', outcome: null, closedOn: null, followUpOn: null });
    await auditChange(tx, ctx, 'update', 'situation', id, {
      before: { statut: s.row.status, issue: s.row.outcome },
      after: { statut: 'ouverte', issue: null },
    });
  });
}

/** Links a main-courante entry, an orientation or a signalement (idempotent). */
export async function addLink(
  ctx: ServiceContext,
  id: string,
  input: { kind: SituationLinkKind; cibleId: string },
) {
  return change(ctx, id, async (tx) => {
    const [row] = await tx
      .insert(situationLinks)
      .values({ situationId: id, kind: input.kind, targetId: input.cibleId })
      .onConflictDoNothing()
      .returning();
    if (row) {
      await auditChange(tx, ctx, 'create', 'situation_lien', id, {
        before: null,
        after: { kind: input.kind, cibleId: input.cibleId },
      });
    }
  });
}
