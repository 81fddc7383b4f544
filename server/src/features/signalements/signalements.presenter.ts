import { asc, eq, inArray, sql } from 'drizzle-orm';
import type {
  Categorie,
  HistoriqueEntree,
  SignalementDetail,
  SignalementView,
  Statut,
} from '../../../../domain/signalements/signalement.schema';
import type { DbOrTx } from '../../db/client';
import { partners, places, signalementPhotos, signalementStatuts, type signalements } from '../../db/schema';

export type SignalementRow = typeof signalements.$inferSelect;

/** The fields every reader of a signalement gets (photo bytes are fetched one by one). */
export async function presentSignalements(db: DbOrTx, rows: SignalementRow[]): Promise<SignalementView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const placeIds = [...new Set(rows.map((r) => r.placeId).filter((v): v is string => !!v))];
  const partnerIds = [...new Set(rows.map((r) => r.partnerId).filter((v): v is string => !!v))];
  // One query after the other: `db` may be a transaction, whose single connection must not
  // receive a query while another one runs (node-postgres warns, and pg 9 will refuse it).
  const placeRows = placeIds.length
    ? await db.select({ id: places.id, nom: places.nom }).from(places).where(inArray(places.id, placeIds))
    : [];
  const partnerRows = partnerIds.length
    ? await db
        .select({ id: partners.id, nom: partners.nom })
        .from(partners)
        .where(inArray(partners.id, partnerIds))
    : [];
  const photoRows = await db
    .select({
      id: signalementPhotos.id,
      signalementId: signalementPhotos.signalementId,
      largeur: signalementPhotos.width,
      hauteur: signalementPhotos.height,
      taille: signalementPhotos.size,
    })
    .from(signalementPhotos)
    .where(inArray(signalementPhotos.signalementId, ids))
    .orderBy(asc(signalementPhotos.createdAt));
  const placeName = new Map(placeRows.map((p) => [p.id, p.nom]));
  const partnerName = new Map(partnerRows.map((p) => [p.id, p.nom]));
  return rows.map((r) => ({
    id: r.id,
    numero: r.numero,
    categorie: r.categorie as Categorie,
    statut: r.statut as Statut,
    territoireId: r.territoryId,
    qpvCode: r.qpvCode,
    lieuId: r.placeId,
    lieuNom: r.placeId ? (placeName.get(r.placeId) ?? null) : null,
    latitude: r.latitude,
    longitude: r.longitude,
    description: r.description,
    descriptionInterne: r.descriptionInterne,
    partenaireId: r.partnerId,
    partenaireNom: r.partnerId ? (partnerName.get(r.partnerId) ?? null) : null,
    routage: r.routage as SignalementView['routage'],
    alerteRoutage: r.alerteRoutage,
    doublonDeId: r.doublonDeId,
    observeLe: r.observedAt.toISOString(),
    creeLe: r.createdAt.toISOString(),
    majLe: r.updatedAt.toISOString(),
    photos: photoRows
      .filter((p) => p.signalementId === r.id)
      .map(({ id, largeur, hauteur, taille }) => ({ id, largeur, hauteur, taille })),
  }));
}

export async function historique(db: DbOrTx, signalementId: string): Promise<HistoriqueEntree[]> {
  const rows = await db
    .select()
    .from(signalementStatuts)
    .where(eq(signalementStatuts.signalementId, signalementId))
    .orderBy(
      asc(signalementStatuts.at),
      // Same instant (capture then automatic transmission): workflow order.
      sql`array_position(array['nouveau','transmis','pris_en_compte','resolu','rejete','doublon'], ${signalementStatuts.statut})`,
    );
  return rows.map((h) => ({
    statut: h.statut as Statut,
    le: h.at.toISOString(),
    par: h.byLabel,
    via: h.via as HistoriqueEntree['via'],
    commentaire: h.commentaire,
  }));
}

export async function presentDetail(db: DbOrTx, row: SignalementRow): Promise<SignalementDetail> {
  const [view] = await presentSignalements(db, [row]);
  return { ...view!, historique: await historique(db, row.id) };
}
