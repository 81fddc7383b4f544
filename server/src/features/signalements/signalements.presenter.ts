/** Signalements as the API answers them, from loaded rows (pure: `signalements.load.ts` reads the database). */
import type {
  Categorie,
  HistoriqueEntree,
  PhotoView,
  SignalementDetail,
  SignalementView,
  Statut,
} from '../../../../domain/signalements/signalement.schema';
import type { signalementStatuts, signalements } from '../../db/schema';

export type SignalementRow = typeof signalements.$inferSelect;
export type StatutRow = typeof signalementStatuts.$inferSelect;

/** What a signalement row points to: place and partner names, its photos (bytes are fetched one by one). */
export interface SignalementRefs {
  lieux: ReadonlyMap<string, string>;
  partenaires: ReadonlyMap<string, string>;
  photos: ReadonlyMap<string, PhotoView[]>;
}

/** The fields every reader of a signalement gets. */
export const presentSignalement = (r: SignalementRow, refs: SignalementRefs): SignalementView => ({
  id: r.id,
  numero: r.numero,
  categorie: r.categorie as Categorie,
  statut: r.statut as Statut,
  territoireId: r.territoryId,
  qpvCode: r.qpvCode,
  lieuId: r.placeId,
  lieuNom: r.placeId ? (refs.lieux.get(r.placeId) ?? null) : null,
  latitude: r.latitude,
  longitude: r.longitude,
  description: r.description,
  descriptionInterne: r.descriptionInterne,
  partenaireId: r.partnerId,
  partenaireNom: r.partnerId ? (refs.partenaires.get(r.partnerId) ?? null) : null,
  routage: r.routage as SignalementView['routage'],
  alerteRoutage: r.alerteRoutage,
  doublonDeId: r.doublonDeId,
  observeLe: r.observedAt.toISOString(),
  creeLe: r.createdAt.toISOString(),
  majLe: r.updatedAt.toISOString(),
  photos: refs.photos.get(r.id) ?? [],
});

export const presentHistorique = (rows: StatutRow[]): HistoriqueEntree[] =>
  rows.map((h) => ({
    statut: h.statut as Statut,
    le: h.at.toISOString(),
    par: h.byLabel,
    via: h.via as HistoriqueEntree['via'],
    commentaire: h.commentaire,
  }));

export const presentDetail = (
  row: SignalementRow,
  refs: SignalementRefs,
  historique: StatutRow[],
): SignalementDetail => ({ ...presentSignalement(row, refs), historique: presentHistorique(historique) });
