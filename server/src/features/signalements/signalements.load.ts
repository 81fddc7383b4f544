/** Loads what signalement views are made of; `signalements.presenter.ts` shapes them without the database. */
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type {
  PhotoView,
  SignalementDetail,
  SignalementView,
} from '../../../../domain/signalements/signalement.schema';
import type { DbOrTx } from '../../db/client';
import { partners, places, signalementPhotos, signalementStatuts } from '../../db/schema';
import {
  presentDetail,
  presentSignalement,
  type SignalementRefs,
  type SignalementRow,
  type StatutRow,
} from './signalements.presenter';

/**
 * Names of the places and partners the rows point to, and their photos. One query after the
 * other: `db` may be a transaction, whose single connection must not receive a query while
 * another one runs (node-postgres warns, and pg 9 will refuse it).
 */
export async function loadRefs(db: DbOrTx, rows: SignalementRow[]): Promise<SignalementRefs> {
  const placeIds = [...new Set(rows.map((r) => r.placeId).filter((v): v is string => !!v))];
  const partnerIds = [...new Set(rows.map((r) => r.partnerId).filter((v): v is string => !!v))];
  const placeRows = placeIds.length
    ? await db.select({ id: places.id, nom: places.nom }).from(places).where(inArray(places.id, placeIds))
    : [];
  const partnerRows = partnerIds.length
    ? await db
        .select({ id: partners.id, nom: partners.nom })
        .from(partners)
        .where(inArray(partners.id, partnerIds))
    : [];
  const photoRows = rows.length
    ? await db
        .select({
          id: signalementPhotos.id,
          signalementId: signalementPhotos.signalementId,
          largeur: signalementPhotos.width,
          hauteur: signalementPhotos.height,
          taille: signalementPhotos.size,
        })
        .from(signalementPhotos)
        .where(
          inArray(
            signalementPhotos.signalementId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(asc(signalementPhotos.createdAt))
    : [];
  const photos = new Map<string, PhotoView[]>();
  for (const { signalementId, ...p } of photoRows)
    photos.set(signalementId, [...(photos.get(signalementId) ?? []), p]);
  return {
    lieux: new Map(placeRows.map((p) => [p.id, p.nom])),
    partenaires: new Map(partnerRows.map((p) => [p.id, p.nom])),
    photos,
  };
}

/** The status history of one signalement, oldest first. */
export async function loadHistorique(db: DbOrTx, signalementId: string): Promise<StatutRow[]> {
  return db
    .select()
    .from(signalementStatuts)
    .where(eq(signalementStatuts.signalementId, signalementId))
    .orderBy(
      asc(signalementStatuts.at),
      // Same instant (capture then automatic transmission): workflow order.
      sql`array_position(array['nouveau','transmis','pris_en_compte','resolu','rejete','doublon'], ${signalementStatuts.statut})`,
    );
}

/** The views of several signalements, in the rows' order. */
export async function signalementViews(db: DbOrTx, rows: SignalementRow[]): Promise<SignalementView[]> {
  if (rows.length === 0) return [];
  const refs = await loadRefs(db, rows);
  return rows.map((r) => presentSignalement(r, refs));
}

/** One signalement with its history. */
export async function signalementDetail(db: DbOrTx, row: SignalementRow): Promise<SignalementDetail> {
  const refs = await loadRefs(db, [row]);
  return presentDetail(row, refs, await loadHistorique(db, row.id));
}
