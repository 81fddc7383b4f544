import { and, between, eq, inArray, ne } from 'drizzle-orm';
import type { Actor } from '../../../../domain/auth/roles';
import {
  DOUBLONS_MAX,
  type SignalementView,
  STATUTS_OUVERTS,
} from '../../../../domain/signalements/signalement.schema';
import type { DbOrTx } from '../../db/client';
import { signalements } from '../../db/schema';
import { boundingBox, haversineM } from './geo';
import { signalementViews } from './signalements.load';
import { signalementScope } from './signalements.read';

/**
 * Open signalements of the same category within `radiusM` metres, nearest first (then id), at
 * most DOUBLONS_MAX: a suggestion at capture, not a list to page through (docs/listes.md).
 */
export async function findDoublons(
  db: DbOrTx,
  actor: Actor,
  categorie: string,
  latitude: number,
  longitude: number,
  excludeId: string | null,
  radiusM: number,
): Promise<Array<SignalementView & { distanceM: number }>> {
  const box = boundingBox(latitude, longitude, radiusM);
  const rows = await db
    .select()
    .from(signalements)
    .where(
      and(
        signalementScope(actor),
        eq(signalements.categorie, categorie),
        inArray(signalements.statut, [...STATUTS_OUVERTS]),
        between(signalements.latitude, box.minLat, box.maxLat),
        between(signalements.longitude, box.minLon, box.maxLon),
        excludeId ? ne(signalements.id, excludeId) : undefined,
      ),
    );
  const near = rows
    .map((r) => ({ r, d: haversineM(latitude, longitude, r.latitude!, r.longitude!) }))
    .filter((x) => x.d <= radiusM)
    .sort((a, b) => a.d - b.d || (a.r.id < b.r.id ? -1 : 1))
    .slice(0, DOUBLONS_MAX);
  const views = await signalementViews(
    db,
    near.map((x) => x.r),
  );
  return views.map((v, i) => ({ ...v, distanceM: Math.round(near[i]!.d) }));
}
