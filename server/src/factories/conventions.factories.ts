/** Builder of conventions (funders' agreements), for tests and the demo. */
import type { ObjectifInput } from '../../../domain/conventions/convention.schema';
import type { DbOrTx } from '../db/client';
import { conventionLieux, conventionObjectifs, conventions, conventionTerritoires } from '../db/schema';
import { buildPartenaire, buildUser } from './factories';

/** A convention; the funder and the author are created in the structure when not given. */
export async function buildConvention(
  db: DbOrTx,
  o: {
    structureId: string;
    partnerId?: string;
    createdBy?: string;
    nom?: string;
    reference?: string | null;
    du?: string;
    au?: string;
    commentaire?: string | null;
    territoryIds?: string[];
    placeIds?: string[];
    objectifs?: ObjectifInput[];
  },
) {
  const partnerId =
    o.partnerId ?? (await buildPartenaire(db, { structureId: o.structureId, kind: 'ville' })).id;
  const createdBy =
    o.createdBy ?? (await buildUser(db, { structureId: o.structureId, role: 'direction' })).id;
  const [row] = await db
    .insert(conventions)
    .values({
      structureId: o.structureId,
      partnerId,
      createdBy,
      nom: o.nom ?? 'Convention de médiation',
      reference: o.reference ?? null,
      du: o.du ?? '2026-01-01',
      au: o.au ?? '2026-12-31',
      commentaire: o.commentaire ?? null,
    })
    .returning();
  const conventionId = row!.id;
  if (o.territoryIds?.length) {
    await db
      .insert(conventionTerritoires)
      .values(o.territoryIds.map((territoryId) => ({ conventionId, territoryId })));
  }
  if (o.placeIds?.length) {
    await db.insert(conventionLieux).values(o.placeIds.map((placeId) => ({ conventionId, placeId })));
  }
  if (o.objectifs?.length) {
    await db
      .insert(conventionObjectifs)
      .values(o.objectifs.map((x) => ({ ...x, conventionId, structureId: o.structureId })));
  }
  return row!;
}
