import type {
  LieuView,
  PlaceKind,
  SecteurView,
  TerritoireView,
} from '../../../../domain/territoires/territoire.schema';
import type { places, sectors, territories } from '../../db/schema';

export const presentSecteur = (s: typeof sectors.$inferSelect): SecteurView => ({ id: s.id, nom: s.nom });

export const presentLieu = (p: typeof places.$inferSelect): LieuView => ({
  id: p.id,
  nom: p.nom,
  kind: p.kind as PlaceKind,
  secteurId: p.sectorId,
  latitude: p.latitude,
  longitude: p.longitude,
  partenaireId: p.partnerId,
});

export const presentTerritoire = (
  t: typeof territories.$inferSelect,
  secteurs: SecteurView[],
  lieux: LieuView[],
): TerritoireView => ({
  id: t.id,
  qpvCode: t.qpvCode,
  nom: t.nom,
  communes: t.communes,
  secteurs,
  lieux,
});
