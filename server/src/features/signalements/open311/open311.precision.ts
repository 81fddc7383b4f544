/**
 * Coordinates the public Open311 GET publishes (ADR 015). A signalement at someone's door is
 * personal data: anonymous readers get the point snapped to a grid of about `meters` (50 by
 * default), API key holders of the jurisdiction the exact point.
 */

const METERS_PER_DEGREE = 111_320;
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * Snaps a point to the nearest node of a grid whose cells are `meters` wide on the ground. Always
 * the same answer for the same point, so repeated reads cannot be averaged back to the exact spot.
 */
export function blurPoint(lat: number, lon: number, meters: number): { lat: number; lon: number } {
  if (meters <= 0) return { lat, lon };
  const dLat = meters / METERS_PER_DEGREE;
  const snappedLat = Math.round(lat / dLat) * dLat;
  // The longitude step widens with latitude (computed at the snapped latitude, so it is stable).
  const dLon = meters / (METERS_PER_DEGREE * Math.max(Math.cos((snappedLat * Math.PI) / 180), 0.01));
  return { lat: round6(snappedLat), lon: round6(Math.round(lon / dLon) * dLon) };
}
