import { and, asc, eq, isNull, or } from 'drizzle-orm';
import { conflict, notFound } from '../../../../domain/errors';
import type { RegleRoutageInput, RegleView } from '../../../../domain/signalements/signalement.schema';
import type { DbOrTx } from '../../db/client';
import { partners, places, routingRules, territories } from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { assertIdsInStructure, isUniqueViolation } from '../../lib/scope';

export type Routage = 'lieu' | 'regle_lieu' | 'regle_territoire' | 'coordination';
export interface RoutingDecision {
  partnerId: string | null;
  routage: Routage;
  alerte: string | null;
}

export const ALERTE_SANS_REGLE =
  'Aucune règle de routage ne couvre cette catégorie ici : la coordination doit choisir le partenaire.';

/**
 * Who is in charge: the place's own partner, else the rule for category × place, else the rule
 * for category × QPV, else nobody (the coordinator, with a warning).
 */
export async function routeSignalement(
  db: DbOrTx,
  structureId: string,
  categorie: string,
  territoryId: string,
  placeId: string | null,
): Promise<RoutingDecision> {
  if (placeId) {
    const [place] = await db
      .select({ partnerId: places.partnerId })
      .from(places)
      .where(and(eq(places.id, placeId), eq(places.structureId, structureId)));
    if (place?.partnerId) return { partnerId: place.partnerId, routage: 'lieu', alerte: null };
  }
  const rules = await db
    .select({ partnerId: routingRules.partnerId, placeId: routingRules.placeId })
    .from(routingRules)
    .where(
      and(
        eq(routingRules.structureId, structureId),
        eq(routingRules.categorie, categorie),
        or(
          and(eq(routingRules.territoryId, territoryId), isNull(routingRules.placeId)),
          placeId ? eq(routingRules.placeId, placeId) : undefined,
        ),
      ),
    );
  const byPlace = rules.find((r) => r.placeId !== null);
  if (byPlace) return { partnerId: byPlace.partnerId, routage: 'regle_lieu', alerte: null };
  const byQpv = rules.find((r) => r.placeId === null);
  if (byQpv) return { partnerId: byQpv.partnerId, routage: 'regle_territoire', alerte: null };
  return { partnerId: null, routage: 'coordination', alerte: ALERTE_SANS_REGLE };
}

export async function listRegles(ctx: ServiceContext): Promise<RegleView[]> {
  return selectRegles(ctx.db, ctx.actor.structureId);
}

function selectRegles(db: DbOrTx, structureId: string) {
  return db
    .select({
      id: routingRules.id,
      categorie: routingRules.categorie,
      territoireId: routingRules.territoryId,
      lieuId: routingRules.placeId,
      partenaireId: routingRules.partnerId,
      partenaireNom: partners.nom,
    })
    .from(routingRules)
    .innerJoin(partners, eq(partners.id, routingRules.partnerId))
    .where(eq(routingRules.structureId, structureId))
    .orderBy(asc(routingRules.categorie), asc(partners.nom), asc(routingRules.id));
}

export async function createRegle(ctx: ServiceContext, input: RegleRoutageInput): Promise<RegleView> {
  const sid = ctx.actor.structureId;
  try {
    return await ctx.db.transaction(async (tx) => {
      await assertIdsInStructure(tx, partners, [input.partenaireId], sid, 'partenaireId');
      if (input.territoireId)
        await assertIdsInStructure(tx, territories, [input.territoireId], sid, 'territoireId');
      if (input.lieuId) await assertIdsInStructure(tx, places, [input.lieuId], sid, 'lieuId');
      const [row] = await tx
        .insert(routingRules)
        .values({
          structureId: sid,
          categorie: input.categorie,
          territoryId: input.territoireId ?? null,
          placeId: input.lieuId ?? null,
          partnerId: input.partenaireId,
        })
        .returning();
      await auditChange(tx, ctx, 'create', 'regle_routage', row!.id, { before: null, after: { ...input } });
      const view = (await selectRegles(tx, sid)).find((r) => r.id === row!.id);
      return view!;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('Une règle existe déjà pour cette catégorie à cet endroit.');
    throw err;
  }
}

export async function deleteRegle(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .delete(routingRules)
      .where(and(eq(routingRules.id, id), eq(routingRules.structureId, ctx.actor.structureId)))
      .returning();
    if (!row) throw notFound('Règle de routage');
    await auditChange(tx, ctx, 'delete', 'regle_routage', id, {
      before: {
        categorie: row.categorie,
        territoireId: row.territoryId,
        lieuId: row.placeId,
        partenaireId: row.partnerId,
      },
      after: null,
    });
  });
}
