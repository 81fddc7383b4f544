import { readFileSync } from 'node:fs';
import type { QpvPerimetres } from '../../../../domain/territoires/perimetres.schema';

type Ring = Array<[number, number]>;
interface QpvShape {
  code: string;
  nom: string;
  polygons: Ring[][];
  bbox: [number, number, number, number];
}

const file = new URL('./data/qpv-paca.geojson', import.meta.url);
let shapes: QpvShape[] | null = null;
let rawGeojson: string | null = null;

function load(): QpvShape[] {
  if (!shapes) {
    rawGeojson = readFileSync(file, 'utf8');
    const fc = JSON.parse(rawGeojson) as {
      features: Array<{
        properties: { q: string; n: string };
        geometry: { type: string; coordinates: unknown };
      }>;
    };
    shapes = fc.features.map((f) => {
      const polygons = (
        f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates
      ) as Ring[][];
      let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const poly of polygons)
        for (const [x, y] of poly[0]!) {
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = Math.max(maxY, y);
        }
      return { code: f.properties.q, nom: f.properties.n, polygons, bbox: [minX, minY, maxX, maxY] };
    });
  }
  return shapes;
}

/** Ray casting: is (x, y) inside the ring? */
function inRing(x: number, y: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside the outer ring and outside every hole of one of the polygons. */
function inMultiPolygon(x: number, y: number, polygons: Ring[][]): boolean {
  return polygons.some((rings) => inRing(x, y, rings[0]!) && !rings.slice(1).some((h) => inRing(x, y, h)));
}

/** The QPV whose real perimeter holds the point, or null (perimeters shipped: PACA). */
export function qpvAt(latitude: number, longitude: number): { code: string; nom: string } | null {
  for (const s of load()) {
    const [minX, minY, maxX, maxY] = s.bbox;
    if (longitude < minX || longitude > maxX || latitude < minY || latitude > maxY) continue;
    if (inMultiPolygon(longitude, latitude, s.polygons)) return { code: s.code, nom: s.nom };
  }
  return null;
}

/** GeoJSON of the perimeters of the given QPV codes (for the map). */
export function qpvPerimeters(codes: readonly string[]): QpvPerimetres {
  load();
  const wanted = new Set(codes);
  const fc = JSON.parse(rawGeojson!) as QpvPerimetres;
  return {
    type: 'FeatureCollection',
    features: fc.features.filter((f) => wanted.has(f.properties.q)),
  };
}

const EARTH_RADIUS_M = 6_371_008.8;
const rad = (d: number) => (d * Math.PI) / 180;

/** Great-circle distance in metres. */
export function haversineM(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = rad(lat2 - lat1);
  const dLon = rad(lon2 - lon1);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** A lat/lon box that holds every point within `metres` of the centre (SQL prefilter). */
export function boundingBox(lat: number, lon: number, metres: number) {
  const dLat = (metres / EARTH_RADIUS_M) * (180 / Math.PI);
  const dLon = dLat / Math.max(Math.cos(rad(lat)), 1e-6);
  return { minLat: lat - dLat, maxLat: lat + dLat, minLon: lon - dLon, maxLon: lon + dLon };
}

/** The outer rings of a QPV, at most `maxPoints` points each, for a small self-drawn plan. */
export function qpvOutline(code: string, maxPoints = 120): { nom: string; rings: Ring[] } | null {
  const shape = load().find((s) => s.code === code);
  if (!shape) return null;
  const rings = shape.polygons.map((poly) => {
    const ring = poly[0]!;
    const step = Math.max(1, Math.ceil(ring.length / maxPoints));
    return ring.filter((_, i) => i % step === 0);
  });
  return { nom: shape.nom, rings };
}
