import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { haversineM, qpvAt, qpvPerimeters } from './geo';

type Ring = Array<[number, number]>;
const fc = JSON.parse(readFileSync(new URL('./data/qpv-paca.geojson', import.meta.url), 'utf8')) as {
  features: Array<{ properties: { q: string }; geometry: { coordinates: Ring[][] } }>;
};

/** A point inside the first polygon's outer ring: midpoint of the first two crossings of a horizontal line. */
function interiorPoint(ring: Ring): [number, number] {
  const ys = ring.map((p) => p[1]);
  const y = (Math.min(...ys) + Math.max(...ys)) / 2 + 1e-7;
  const xs: number[] = [];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
  }
  xs.sort((a, b) => a - b);
  return [(xs[0]! + xs[1]!) / 2, y];
}

describe('QPV point-in-polygon on the real PACA perimeters', () => {
  it('places the demo places of Marseille 13e in their QPV and the Vieux-Port in none', () => {
    expect(qpvAt(43.32589, 5.40493)?.code).toBe('QN01342I'); // Résidence Corot
    expect(qpvAt(43.3262, 5.42728)?.code).toBe('QN01344M'); // Tour K, Frais Vallon
    expect(qpvAt(43.2951, 5.3743)).toBeNull(); // Vieux-Port
    expect(qpvAt(48.8566, 2.3522)).toBeNull(); // Paris: outside the perimeters shipped
  });

  it('finds every one of the 135 QPV from a point inside its own perimeter', () => {
    expect(fc.features).toHaveLength(135);
    const misses = fc.features.filter((f) => {
      const [lon, lat] = interiorPoint(f.geometry.coordinates[0]![0]!);
      return qpvAt(lat, lon)?.code !== f.properties.q;
    });
    expect(misses.map((f) => f.properties.q)).toEqual([]);
  });

  it('returns the perimeters asked for, and measures distances on the sphere', () => {
    expect(qpvPerimeters(['QN01342I', 'QN01344M']).features).toHaveLength(2);
    expect(haversineM(43, 5, 44, 5)).toBeGreaterThan(111_000);
    expect(haversineM(43, 5, 44, 5)).toBeLessThan(111_400);
    expect(haversineM(43.32589, 5.40493, 43.32589 + 0.00045, 5.40493)).toBeCloseTo(50, 0);
  });
});
