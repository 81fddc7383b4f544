import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../../domain/auth/roles';
import { conflict, notFound } from '../../../../domain/errors';
import type {
  LieuCreateInput,
  LieuView,
  SecteurView,
} from '../../../../domain/territoires/territoire.schema';
import type { DbOrTx } from '../../db/client';
import { partners, places, sectors } from '../../db/schema';
import { auditChange } from '../../lib/audit-log';
import type { ServiceContext } from '../../lib/context';
import { assertIdsInStructure, isUniqueViolation } from '../../lib/scope';
import { presentLieu, presentSecteur } from './territoires.presenter';
import { getCoveredTerritory } from './territoires.service';

async function uniqueName<T>(fn: () => Promise<T>, message: string): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(message, [{ champ: 'nom', message }]);
    throw err;
  }
}
const SECTOR_TAKEN = 'Un secteur porte déjà ce nom dans ce QPV.';
const PLACE_TAKEN = 'Un lieu porte déjà ce nom dans ce QPV.';

async function getSector(db: DbOrTx, actor: Actor, id: string) {
  const [row] = await db
    .select()
    .from(sectors)
    .where(and(eq(sectors.id, id), eq(sectors.structureId, actor.structureId)));
  if (!row) throw notFound('Secteur');
  await getCoveredTerritory(db, actor, row.territoryId);
  return row;
}

async function getPlace(db: DbOrTx, actor: Actor, id: string) {
  const [row] = await db
    .select()
    .from(places)
    .where(and(eq(places.id, id), eq(places.structureId, actor.structureId)));
  if (!row) throw notFound('Lieu');
  await getCoveredTerritory(db, actor, row.territoryId);
  return row;
}

export async function createSecteur(
  ctx: ServiceContext,
  territoryId: string,
  nom: string,
): Promise<SecteurView> {
  return uniqueName(
    () =>
      ctx.db.transaction(async (tx) => {
        await getCoveredTerritory(tx, ctx.actor, territoryId);
        const [row] = await tx
          .insert(sectors)
          .values({ structureId: ctx.actor.structureId, territoryId, nom })
          .returning();
        await auditChange(tx, ctx, 'create', 'secteur', row!.id, {
          before: null,
          after: { nom, territoryId },
        });
        return presentSecteur(row!);
      }),
    SECTOR_TAKEN,
  );
}

export async function updateSecteur(ctx: ServiceContext, id: string, nom: string): Promise<SecteurView> {
  return uniqueName(
    () =>
      ctx.db.transaction(async (tx) => {
        const before = await getSector(tx, ctx.actor, id);
        const [row] = await tx
          .update(sectors)
          .set({ nom, updatedAt: ctx.now() })
          .where(eq(sectors.id, id))
          .returning();
        await auditChange(tx, ctx, 'update', 'secteur', id, { before: { nom: before.nom }, after: { nom } });
        return presentSecteur(row!);
      }),
    SECTOR_TAKEN,
  );
}

export async function deleteSecteur(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const before = await getSector(tx, ctx.actor, id);
    await tx.delete(sectors).where(eq(sectors.id, id));
    await auditChange(tx, ctx, 'delete', 'secteur', id, { before: { nom: before.nom }, after: null });
  });
}

async function checkPlaceRefs(db: DbOrTx, actor: Actor, territoryId: string, input: LieuCreateInput) {
  if (input.partenaireId)
    await assertIdsInStructure(db, partners, [input.partenaireId], actor.structureId, 'partenaireId');
  if (input.secteurId) {
    const sector = await getSector(db, actor, input.secteurId).catch(() => null);
    if (!sector || sector.territoryId !== territoryId) {
      throw conflict('Le secteur choisi n’appartient pas à ce QPV.', [
        { champ: 'secteurId', message: 'Secteur d’un autre QPV.' },
      ]);
    }
  }
}

const placeValues = (input: LieuCreateInput) => ({
  nom: input.nom,
  kind: input.kind,
  sectorId: input.secteurId,
  latitude: input.latitude,
  longitude: input.longitude,
  partnerId: input.partenaireId,
});

export async function createLieu(
  ctx: ServiceContext,
  territoryId: string,
  input: LieuCreateInput,
): Promise<LieuView> {
  return uniqueName(
    () =>
      ctx.db.transaction(async (tx) => {
        await getCoveredTerritory(tx, ctx.actor, territoryId);
        await checkPlaceRefs(tx, ctx.actor, territoryId, input);
        const [row] = await tx
          .insert(places)
          .values({ structureId: ctx.actor.structureId, territoryId, ...placeValues(input) })
          .returning();
        const view = presentLieu(row!);
        await auditChange(tx, ctx, 'create', 'lieu', row!.id, { before: null, after: { ...view } });
        return view;
      }),
    PLACE_TAKEN,
  );
}

export async function updateLieu(ctx: ServiceContext, id: string, input: LieuCreateInput): Promise<LieuView> {
  return uniqueName(
    () =>
      ctx.db.transaction(async (tx) => {
        const before = await getPlace(tx, ctx.actor, id);
        await checkPlaceRefs(tx, ctx.actor, before.territoryId, input);
        const [row] = await tx
          .update(places)
          .set({ ...placeValues(input), updatedAt: ctx.now() })
          .where(eq(places.id, id))
          .returning();
        const view = presentLieu(row!);
        await auditChange(tx, ctx, 'update', 'lieu', id, {
          before: { ...presentLieu(before) },
          after: { ...view },
        });
        return view;
      }),
    PLACE_TAKEN,
  );
}

export async function deleteLieu(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const before = await getPlace(tx, ctx.actor, id);
    await tx.delete(places).where(eq(places.id, id));
    await auditChange(tx, ctx, 'delete', 'lieu', id, { before: { ...presentLieu(before) }, after: null });
  });
}
