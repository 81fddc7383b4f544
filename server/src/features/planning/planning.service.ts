/**
 * The planning's shifts (issue 13, ADR 023): read a period, create (with its repetition), change
 * and cancel a shift. Every change is one transaction with its audit row; the rules of
 * domain/planning answer in French, naming the shift and the person.
 */
import { and, eq, gt, inArray, lt } from 'drizzle-orm';
import { conflict, notFound, validationFailed } from '../../../../domain/errors';
import { joursFeries } from '../../../../domain/main-courante/creneau';
import {
  absentsParCreneau,
  avertissementsHeures,
  avertissementsRepos,
  type CreneauRegle,
  chevauchements,
  type Remarque,
  travailIsoleProblem,
} from '../../../../domain/planning/planning.rules';
import type {
  CreneauCreate,
  CreneauEcrit,
  CreneauUpdate,
  PlanningQuery,
  PlanningView,
} from '../../../../domain/planning/planning.schema';
import { occurrences, repetitionError } from '../../../../domain/planning/repetition';
import { addDays, parisInstant } from '../../../../domain/time/paris';
import type { DbOrTx } from '../../db/client';
import { planningCreneauMediateurs, planningCreneaux, users } from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { sha256 } from '../../lib/crypto';
import {
  type CreneauLu,
  creneauScope,
  creneauxDesPersonnes,
  loadAbsences,
  loadCreneaux,
  presentAbsence,
  presentCreneau,
} from './planning.read';
import { assertPlanningRefs } from './planning.refs';

const JOUR = 86_400_000;

/** The shifts and absences of [du, au] (Paris days), with the public holidays. */
export async function listPlanning(ctx: ServiceContext, q: PlanningQuery): Promise<PlanningView> {
  const from = parisInstant(q.du);
  const to = parisInstant(addDays(q.au, 1));
  const avec = q.mediateurId
    ? inArray(
        planningCreneaux.id,
        ctx.db
          .select({ id: planningCreneauMediateurs.creneauId })
          .from(planningCreneauMediateurs)
          .where(eq(planningCreneauMediateurs.mediateurId, q.mediateurId)),
      )
    : undefined;
  const creneaux = await loadCreneaux(
    ctx.db,
    and(
      creneauScope(ctx.actor),
      lt(planningCreneaux.debut, to),
      gt(planningCreneaux.fin, from),
      q.territoireId ? eq(planningCreneaux.territoireId, q.territoireId) : undefined,
      avec,
    )!,
  );
  // One person's planning still shows which of their shifts a colleague's absence leaves to cover.
  const equipiers = q.mediateurId
    ? [...new Set([q.mediateurId, ...creneaux.flatMap((c) => c.mediateurIds)])]
    : undefined;
  const lues = await loadAbsences(ctx.db, ctx.actor.structureId, from, to, equipiers);
  const absents = absentsParCreneau(creneaux, lues);
  const absences = q.mediateurId ? lues.filter((a) => a.mediateurId === q.mediateurId) : lues;
  const feries = new Set<string>();
  for (let y = Number(q.du.slice(0, 4)); y <= Number(q.au.slice(0, 4)); y++) {
    for (const d of joursFeries(y)) if (d >= q.du && d <= q.au) feries.add(d);
  }
  return {
    du: q.du,
    au: q.au,
    creneaux: creneaux.map((c) => presentCreneau(c, absents.get(c.id))),
    absences: absences.map((a) =>
      presentAbsence(
        a,
        ctx.actor,
        creneaux.filter((c) => absents.get(c.id)?.includes(a.mediateurId)).map((c) => c.id),
      ),
    ),
    feries: [...feries].sort(),
  };
}

/** Names and contract hours of the people concerned. */
async function people(tx: DbOrTx, ids: readonly string[]) {
  const rows = ids.length
    ? await tx
        .select({ id: users.id, prenom: users.prenom, nom: users.nom, heures: users.heuresHebdo })
        .from(users)
        .where(inArray(users.id, [...ids]))
    : [];
  return {
    noms: new Map(rows.map((r) => [r.id, `${r.prenom} ${r.nom}`])),
    contrats: new Map(rows.map((r) => [r.id, r.heures])),
  };
}

/**
 * Overlaps refuse the write (409, every one named); rest and weekly hours are warnings. The
 * "others" are the active shifts of the same people from a week before to a week after.
 */
async function checkRules(tx: DbOrTx, ctx: ServiceContext, candidats: CreneauRegle[]): Promise<Remarque[]> {
  const personnes = [...new Set(candidats.flatMap((c) => c.mediateurIds))];
  if (personnes.length === 0) return [];
  const from = new Date(Math.min(...candidats.map((c) => c.debut.getTime())) - 8 * JOUR);
  const to = new Date(Math.max(...candidats.map((c) => c.fin.getTime())) + 8 * JOUR);
  const ids = new Set(candidats.map((c) => c.id));
  const autres = (await creneauxDesPersonnes(tx, ctx.actor.structureId, personnes, from, to)).filter(
    (o) => !ids.has(o.id),
  );
  const { noms, contrats } = await people(tx, personnes);
  const tous = [...autres, ...candidats];
  const conflits = candidats.flatMap((c) => chevauchements(c, tous, noms));
  if (conflits.length) {
    const messages = [...new Set(conflits.map((r) => r.message))];
    throw conflict(
      messages[0]!,
      messages.map((message) => ({ champ: 'mediateurIds', message })),
    );
  }
  const avertissements = candidats.flatMap((c) => [
    ...avertissementsRepos(c, tous, noms),
    ...avertissementsHeures(c, tous, contrats, noms),
  ]);
  const seen = new Set<string>();
  return avertissements.filter((w) => !seen.has(w.message) && seen.add(w.message));
}

/** The id of the n-th occurrence of a series: derived, so a retried request makes the same ids. */
const occurrenceId = (serieId: string, jour: string) => {
  const h = sha256(`${serieId}:${jour}`);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

async function byId(tx: DbOrTx, ctx: ServiceContext, id: string): Promise<CreneauLu | undefined> {
  const [c] = await loadCreneaux(tx, and(creneauScope(ctx.actor), eq(planningCreneaux.id, id))!);
  return c;
}

async function written(tx: DbOrTx, ctx: ServiceContext, c: CreneauLu, avertissements: Remarque[], n: number) {
  const absents = (await loadAbsences(tx, ctx.actor.structureId, c.debut, c.fin, c.mediateurIds)).map(
    (a) => a.mediateurId,
  );
  return { ...presentCreneau(c, absents), avertissements, occurrences: n } satisfies CreneauEcrit;
}

/** Creates a shift, or each occurrence of its repetition; the same id twice creates one. */
export async function createCreneau(
  ctx: ServiceContext,
  input: CreneauCreate,
): Promise<{ created: boolean; view: CreneauEcrit }> {
  return ctx.db.transaction(async (tx) => {
    const existing = await byId(tx, ctx, input.id);
    if (existing) return { created: false, view: await written(tx, ctx, existing, [], 1) };
    await assertPlanningRefs(tx, ctx, input);
    const lone = travailIsoleProblem(input, input.travailIsoleConfirme);
    if (lone) throw validationFailed(lone, [{ champ: 'mediateurIds', message: lone }]);
    const [debut, fin] = [new Date(input.debut), new Date(input.fin)];
    if (input.repetition) {
      const error = repetitionError(debut, input.repetition.jusquau);
      if (error) throw validationFailed(error, [{ champ: 'repetition.jusquau', message: error }]);
    }
    const serie = occurrences(debut, fin, input.repetition).map((o, i) => ({
      ...o,
      id: i === 0 ? input.id : occurrenceId(input.id, o.jour),
    }));
    const candidats: CreneauRegle[] = serie.map((o) => ({
      id: o.id,
      type: input.type,
      statut: 'prevu',
      debut: o.debut,
      fin: o.fin,
      mediateurIds: input.mediateurIds,
    }));
    const avertissements = await checkRules(tx, ctx, candidats);
    const inserted = await tx
      .insert(planningCreneaux)
      .values(
        serie.map((o) => ({
          id: o.id,
          structureId: ctx.actor.structureId,
          type: input.type,
          debut: o.debut,
          fin: o.fin,
          territoireId: input.territoireId,
          secteurId: input.secteurId,
          note: input.note,
          travailIsoleConfirme: input.travailIsoleConfirme,
          serieId: input.repetition ? input.id : null,
          creePar: ctx.actor.userId,
        })),
      )
      .onConflictDoNothing({ target: planningCreneaux.id })
      .returning({ id: planningCreneaux.id });
    if (inserted.length !== serie.length) {
      throw validationFailed('Identifiant déjà utilisé (id).', [
        { champ: 'id', message: 'Identifiant déjà utilisé.' },
      ]);
    }
    if (input.mediateurIds.length) {
      await tx
        .insert(planningCreneauMediateurs)
        .values(serie.flatMap((o) => input.mediateurIds.map((m) => ({ creneauId: o.id, mediateurId: m }))));
    }
    await auditChange(tx, ctx, 'create', 'planning_creneau', input.id, {
      after: {
        type: input.type,
        debut: input.debut,
        fin: input.fin,
        mediateurIds: input.mediateurIds,
        territoireId: input.territoireId,
        occurrences: serie.length,
      },
    });
    const created = await byId(tx, ctx, input.id);
    return { created: true, view: await written(tx, ctx, created!, avertissements, serie.length) };
  });
}

/** Changes one shift (one occurrence of a series alone); its sequence rises. */
export async function updateCreneau(
  ctx: ServiceContext,
  id: string,
  patch: CreneauUpdate,
): Promise<CreneauEcrit> {
  return ctx.db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ id: planningCreneaux.id })
      .from(planningCreneaux)
      .where(and(creneauScope(ctx.actor), eq(planningCreneaux.id, id)))
      .for('update');
    const before = locked && (await byId(tx, ctx, id));
    if (!before) throw notFound('Créneau');
    if (before.statut === 'annule') throw conflict('Ce créneau est annulé : il ne se modifie plus.');
    const r = before.row;
    const next = {
      type: patch.type ?? before.type,
      debut: patch.debut ? new Date(patch.debut) : r.debut,
      fin: patch.fin ? new Date(patch.fin) : r.fin,
      mediateurIds: patch.mediateurIds ?? before.mediateurIds,
      territoireId: patch.territoireId !== undefined ? patch.territoireId : r.territoireId,
      secteurId: patch.secteurId !== undefined ? patch.secteurId : r.secteurId,
      note: patch.note !== undefined ? patch.note : r.note,
      travailIsoleConfirme: patch.travailIsoleConfirme ?? r.travailIsoleConfirme,
    };
    if (next.fin <= next.debut) {
      throw validationFailed('La fin doit être après le début.', [
        { champ: 'fin', message: 'La fin doit être après le début.' },
      ]);
    }
    await assertPlanningRefs(tx, ctx, next);
    const lone = travailIsoleProblem(next, next.travailIsoleConfirme);
    if (lone) throw validationFailed(lone, [{ champ: 'mediateurIds', message: lone }]);
    const avertissements = await checkRules(tx, ctx, [{ id, statut: 'prevu', ...next }]);
    const { mediateurIds, ...columns } = next;
    await tx
      .update(planningCreneaux)
      .set({ ...columns, sequence: r.sequence + 1, updatedAt: ctx.now() })
      .where(eq(planningCreneaux.id, id));
    if (patch.mediateurIds) {
      await tx.delete(planningCreneauMediateurs).where(eq(planningCreneauMediateurs.creneauId, id));
      if (mediateurIds.length) {
        await tx
          .insert(planningCreneauMediateurs)
          .values(mediateurIds.map((m) => ({ creneauId: id, mediateurId: m })));
      }
    }
    const after = (await byId(tx, ctx, id))!;
    await auditChange(tx, ctx, 'update', 'planning_creneau', id, {
      before: summary(before),
      after: summary(after),
    });
    return written(tx, ctx, after, avertissements, 1);
  });
}

const summary = (c: CreneauLu) => ({
  type: c.type,
  statut: c.statut,
  debut: c.debut.toISOString(),
  fin: c.fin.toISOString(),
  mediateurIds: [...c.mediateurIds].sort().join(','),
  territoireId: c.row.territoireId,
  secteurId: c.row.secteurId,
  note: c.row.note,
});

/** Cancels a shift: it stays, `annule`, so calendar feeds say so (STATUS:CANCELLED). */
export async function cancelCreneau(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(planningCreneaux)
      .where(and(creneauScope(ctx.actor), eq(planningCreneaux.id, id)))
      .for('update');
    if (!row) throw notFound('Créneau');
    if (row.statut === 'annule') return;
    await tx
      .update(planningCreneaux)
      .set({ statut: 'annule', sequence: row.sequence + 1, updatedAt: ctx.now() })
      .where(eq(planningCreneaux.id, id));
    await auditChange(tx, ctx, 'delete', 'planning_creneau', id, {
      before: { statut: row.statut },
      after: { statut: 'annule' },
    });
  });
}
