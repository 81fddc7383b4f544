/**
 * Handover notes (« consignes », issue 13 part 6): a short note for the team of a QPV, or for the
 * crew of a shift (the next one), shown until a day on the home page of those it concerns, and
 * acknowledged by each of them.
 */
import { and, eq, gte, inArray, sql } from 'drizzle-orm';
import { type Actor, coversTerritory } from '../../../../domain/auth/roles';
import { forbidden, notFound, validationFailed } from '../../../../domain/errors';
import type { ConsigneCreate, ConsigneView } from '../../../../domain/planning/planning.schema';
import { addDays, jourFr, parisDate, toParisIso } from '../../../../domain/time/paris';
import type { DbOrTx } from '../../db/client';
import { territories, users } from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { assertIdsInStructure } from '../../lib/scope';
import {
  planningConsigneLectures,
  planningConsignes,
  planningCreneauMediateurs,
  planningCreneaux,
} from './planning.table';

/** A note is kept at most a month. */
const DUREE_MAX_JOURS = 31;
const redacteurs = new Set(['mediateur', 'coordinateur', 'direction']);
export const canWriteConsigne = (a: Pick<Actor, 'role'>) => redacteurs.has(a.role);
const coordination = (a: Pick<Actor, 'role'>) => a.role === 'coordinateur' || a.role === 'direction';

type Row = typeof planningConsignes.$inferSelect;

/** Whether a note concerns the reader: its author, coordination, the shift's crew, or the QPV's team. */
function concerne(actor: Actor, row: Row, crews: Map<string, string[]>): boolean {
  if (row.auteurId === actor.userId || coordination(actor)) return true;
  if (actor.role !== 'mediateur') return false;
  if (row.creneauId) return crews.get(row.creneauId)?.includes(actor.userId) ?? false;
  return row.territoireId === null || coversTerritory(actor, row.territoireId);
}

async function crewsOf(db: DbOrTx, creneauIds: string[]) {
  const rows = creneauIds.length
    ? await db
        .select({
          creneauId: planningCreneauMediateurs.creneauId,
          userId: planningCreneauMediateurs.mediateurId,
        })
        .from(planningCreneauMediateurs)
        .where(inArray(planningCreneauMediateurs.creneauId, creneauIds))
    : [];
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.creneauId, [...(out.get(r.creneauId) ?? []), r.userId]);
  return out;
}

/** The notes still valid today that concern the reader, newest first. */
export async function listConsignes(ctx: ServiceContext): Promise<ConsigneView[]> {
  const today = parisDate(ctx.now());
  const rows = await ctx.db
    .select({ c: planningConsignes, prenom: users.prenom, nom: users.nom })
    .from(planningConsignes)
    .innerJoin(users, eq(users.id, planningConsignes.auteurId))
    .where(
      and(eq(planningConsignes.structureId, ctx.actor.structureId), gte(planningConsignes.jusquau, today)),
    )
    .orderBy(sql`${planningConsignes.createdAt} desc`)
    .limit(200);
  const crews = await crewsOf(ctx.db, [
    ...new Set(rows.flatMap((r) => (r.c.creneauId ? [r.c.creneauId] : []))),
  ]);
  const mine = rows.filter((r) => concerne(ctx.actor, r.c, crews));
  const ids = mine.map((r) => r.c.id);
  const lectures = ids.length
    ? await ctx.db
        .select({ id: planningConsigneLectures.consigneId, userId: planningConsigneLectures.userId })
        .from(planningConsigneLectures)
        .where(inArray(planningConsigneLectures.consigneId, ids))
    : [];
  return mine.map(({ c, prenom, nom }) => ({
    id: c.id,
    texte: c.texte,
    auteur: { id: c.auteurId, nom: `${prenom} ${nom}` },
    territoireId: c.territoireId,
    creneauId: c.creneauId,
    jusquau: c.jusquau,
    at: toParisIso(c.createdAt),
    lue: lectures.some((l) => l.id === c.id && l.userId === ctx.actor.userId),
    lectures: lectures.filter((l) => l.id === c.id).length,
  }));
}

const refuse = (champ: string, message: string) => validationFailed(message, [{ champ, message }]);

/** Writes a note; the same id twice writes one. */
export async function createConsigne(ctx: ServiceContext, input: ConsigneCreate): Promise<ConsigneView> {
  if (!canWriteConsigne(ctx.actor)) throw forbidden('Seule l’équipe écrit des consignes.');
  const today = parisDate(ctx.now());
  if (input.jusquau < today) throw refuse('jusquau', 'Une consigne vaut au moins jusqu’à aujourd’hui.');
  if (input.jusquau > addDays(today, DUREE_MAX_JOURS)) {
    throw refuse(
      'jusquau',
      `Une consigne vaut au plus ${DUREE_MAX_JOURS} jours (jusqu’au ${jourFr(addDays(today, DUREE_MAX_JOURS))}).`,
    );
  }
  await ctx.db.transaction(async (tx) => {
    if (input.territoireId) {
      await assertIdsInStructure(
        tx,
        territories,
        [input.territoireId],
        ctx.actor.structureId,
        'territoireId',
      );
      if (!coversTerritory(ctx.actor, input.territoireId))
        throw refuse('territoireId', 'Ce QPV n’est pas dans votre périmètre.');
    }
    if (input.creneauId) {
      await assertIdsInStructure(tx, planningCreneaux, [input.creneauId], ctx.actor.structureId, 'creneauId');
    }
    const inserted = await tx
      .insert(planningConsignes)
      .values({ ...input, structureId: ctx.actor.structureId, auteurId: ctx.actor.userId })
      .onConflictDoNothing({ target: planningConsignes.id })
      .returning({ id: planningConsignes.id });
    if (inserted.length) {
      await auditChange(tx, ctx, 'create', 'planning_consigne', input.id, {
        after: { territoireId: input.territoireId, creneauId: input.creneauId, jusquau: input.jusquau },
      });
    }
  });
  const view = (await listConsignes(ctx)).find((c) => c.id === input.id);
  if (!view) throw refuse('id', 'Identifiant déjà utilisé.');
  return view;
}

/** The reader acknowledges a note that concerns them (once). */
export async function lireConsigne(ctx: ServiceContext, id: string): Promise<ConsigneView> {
  const found = (await listConsignes(ctx)).find((c) => c.id === id);
  if (!found) throw notFound('Consigne');
  await ctx.db
    .insert(planningConsigneLectures)
    .values({ consigneId: id, userId: ctx.actor.userId, at: ctx.now() })
    .onConflictDoNothing();
  return (await listConsignes(ctx)).find((c) => c.id === id)!;
}

/** Its author or coordination removes a note. */
export async function deleteConsigne(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(planningConsignes)
      .where(and(eq(planningConsignes.id, id), eq(planningConsignes.structureId, ctx.actor.structureId)));
    if (!row || !canWriteConsigne(ctx.actor)) throw notFound('Consigne');
    if (row.auteurId !== ctx.actor.userId && !coordination(ctx.actor)) {
      throw forbidden('Seuls son auteur·rice et la coordination retirent une consigne.');
    }
    await tx.delete(planningConsignes).where(eq(planningConsignes.id, id));
    await auditChange(tx, ctx, 'delete', 'planning_consigne', id, { before: { jusquau: row.jusquau } });
  });
}
