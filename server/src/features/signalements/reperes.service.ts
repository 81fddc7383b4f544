import { and, eq, isNotNull } from 'drizzle-orm';
import type { Reperes } from '../../../../domain/signalements/signalement.schema';
import type { DbOrTx } from '../../db/client';
import { places } from '../../db/schema';
import { haversineM, qpvOutline } from './geo';
import type { SignalementRow } from './signalements.presenter';

/**
 * Where a partner should go (issue 11, point 9): the nearest known place of the territory and
 * the QPV outline with the point, drawn by the page itself (no map tiles needed).
 */
export async function reperesOf(db: DbOrTx, row: SignalementRow): Promise<Reperes> {
  const outline = row.qpvCode ? qpvOutline(row.qpvCode) : null;
  const base = { qpvNom: outline?.nom ?? null, contour: outline?.rings ?? null };
  if (row.latitude === null || row.longitude === null) return { ...base, lieuProche: null };
  const candidates = await db
    .select({ id: places.id, nom: places.nom, latitude: places.latitude, longitude: places.longitude })
    .from(places)
    .where(
      and(eq(places.territoryId, row.territoryId), isNotNull(places.latitude), isNotNull(places.longitude)),
    );
  let best: { nom: string; distanceM: number } | null = null;
  for (const p of candidates) {
    if (p.id === row.placeId) continue;
    const d = haversineM(row.latitude, row.longitude, p.latitude!, p.longitude!);
    if (!best || d < best.distanceM) best = { nom: p.nom, distanceM: Math.round(d) };
  }
  return { ...base, lieuProche: best };
}
