/**
 * Absences and cover (issue 13, part 3): a mediator records their own absences, coordination any
 * (sick leave only by coordination); the shifts an absence touches are to be covered, and the
 * coordinator is offered the colleagues free at that time, fewest hours that week first.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { isStaff } from '../../../../domain/auth/roles';
import { forbidden, notFound, validationFailed } from '../../../../domain/errors';
import {
  absenceProblem,
  canManagePlanning,
  remplacants,
  semaineDe,
} from '../../../../domain/planning/planning.rules';
import type { AbsenceCreate, AbsenceView } from '../../../../domain/planning/planning.schema';
import { planningAbsences, users } from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import {
  creneauScope,
  creneauxDesPersonnes,
  loadAbsences,
  loadCreneaux,
  presentAbsence,
} from './planning.read';
import { planningCreneaux } from './planning.table';

/** Records an absence; the same id twice records one. Answers it with the shifts it touches. */
export async function createAbsence(
  ctx: ServiceContext,
  input: AbsenceCreate,
): Promise<{ created: boolean; view: AbsenceView }> {
  const problem = absenceProblem(ctx.actor, input);
  if (problem) throw forbidden(problem);
  return ctx.db.transaction(async (tx) => {
    const [person] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, input.mediateurId), eq(users.structureId, ctx.actor.structureId)));
    if (!person) {
      throw validationFailed('Personne inconnue dans votre structure (mediateurId).', [
        { champ: 'mediateurId', message: 'Personne inconnue dans votre structure.' },
      ]);
    }
    const inserted = await tx
      .insert(planningAbsences)
      .values({
        id: input.id,
        structureId: ctx.actor.structureId,
        mediateurId: input.mediateurId,
        type: input.type,
        debut: new Date(input.debut),
        fin: new Date(input.fin),
        note: input.note,
        creePar: ctx.actor.userId,
      })
      .onConflictDoNothing({ target: planningAbsences.id })
      .returning({ id: planningAbsences.id });
    const [a] = await loadAbsences(tx, ctx.actor.structureId, new Date(input.debut), new Date(input.fin), [
      input.mediateurId,
    ]).then((list) => list.filter((x) => x.id === input.id));
    if (!a) {
      throw validationFailed('Identifiant déjà utilisé (id).', [
        { champ: 'id', message: 'Identifiant déjà utilisé.' },
      ]);
    }
    if (inserted.length) {
      await auditChange(tx, ctx, 'create', 'planning_absence', a.id, {
        after: { mediateurId: a.mediateurId, type: a.type, debut: input.debut, fin: input.fin },
      });
    }
    const touches = (
      await creneauxDesPersonnes(tx, ctx.actor.structureId, [a.mediateurId], a.debut, a.fin)
    ).map((c) => c.id);
    return { created: inserted.length > 0, view: presentAbsence(a, ctx.actor, touches) };
  });
}

/** Removes an absence: its author's own, or any for coordination. */
export async function deleteAbsence(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(planningAbsences)
      .where(and(eq(planningAbsences.id, id), eq(planningAbsences.structureId, ctx.actor.structureId)))
      .for('update');
    if (!row || !isStaff(ctx.actor)) throw notFound('Absence');
    const problem = absenceProblem(ctx.actor, { mediateurId: row.mediateurId, type: row.type as never });
    if (problem) throw forbidden(problem);
    await tx.delete(planningAbsences).where(eq(planningAbsences.id, id));
    await auditChange(tx, ctx, 'delete', 'planning_absence', id, {
      before: { mediateurId: row.mediateurId, type: row.type, debut: row.debut.toISOString() },
    });
  });
}

/** Mediators who could cover a shift (coordination). */
export async function remplacantsFor(ctx: ServiceContext, id: string) {
  if (!canManagePlanning(ctx.actor)) throw forbidden();
  const [c] = await loadCreneaux(ctx.db, and(creneauScope(ctx.actor), eq(planningCreneaux.id, id))!);
  if (!c) throw notFound('Créneau');
  const equipe = (
    await ctx.db
      .select({ id: users.id, prenom: users.prenom, nom: users.nom })
      .from(users)
      .where(
        and(
          eq(users.structureId, ctx.actor.structureId),
          eq(users.isActive, true),
          eq(users.role, 'mediateur'),
        ),
      )
  ).map((u) => ({ id: u.id, nom: `${u.prenom} ${u.nom}` }));
  const semaine = semaineDe(c.debut);
  const from = new Date(Math.min(semaine.debut.getTime(), c.debut.getTime()));
  const to = new Date(Math.max(semaine.fin.getTime(), c.fin.getTime()));
  const ids = equipe.map((p) => p.id);
  const creneaux = await creneauxDesPersonnes(ctx.db, ctx.actor.structureId, ids, from, to);
  const absences = await loadAbsences(ctx.db, ctx.actor.structureId, c.debut, c.fin, ids);
  return { creneauId: c.id, remplacants: remplacants(c, equipe, creneaux, absences) };
}
