import { describe, expect, it } from 'vitest';
import { buildSite, signInNew, useWorld } from '../../../test/world';
import { buildLieu, buildPartenaire } from '../../factories/factories';
import { buildSignalement } from '../../factories/signalements.factories';

const COROT = { latitude: 43.32589, longitude: 5.40493 };

/** Issue 11, point 9: a partner reads where to go, not bare GPS coordinates. */
describe('signalement landmarks for the partner', () => {
  const { d: w } = useWorld(async (_, t) => {
    const { structureId, territoryId } = await buildSite(t.db);
    const ville = await buildPartenaire(t.db, { structureId, nom: 'Ville', kind: 'ville' });
    // Two known places: the nearest one (about 110 m north) is named; one without GPS is ignored.
    await buildLieu(t.db, {
      structureId,
      territoryId,
      nom: 'Résidence Corot',
      latitude: 43.32689,
      longitude: 5.40493,
    });
    await buildLieu(t.db, { structureId, territoryId, nom: 'Stade', latitude: 43.335, longitude: 5.41 });
    await buildLieu(t.db, { structureId, territoryId, nom: 'Sans point', latitude: null, longitude: null });
    const signalementId = (
      await buildSignalement(t.db, {
        structureId,
        territoryId,
        partnerId: ville.id,
        qpvCode: 'QN01342I',
        ...COROT,
      })
    ).id;
    const bare = (
      await buildSignalement(t.db, {
        structureId,
        territoryId,
        partnerId: ville.id,
        qpvCode: null,
        latitude: null,
        longitude: null,
      })
    ).id;
    const partner = await signInNew(t, { structureId, role: 'partenaire', partnerId: ville.id });
    return { partner, signalementId, bare };
  });

  it('gives the nearest known place, the QPV name and its outline with the point', async () => {
    const res = await w.partner.get(`/api/signalements/${w.signalementId}`);
    expect(res.statusCode).toBe(200);
    const { reperes, latitude, longitude } = res.json();
    expect(reperes.lieuProche.nom).toBe('Résidence Corot');
    expect(reperes.lieuProche.distanceM).toBeGreaterThan(100);
    expect(reperes.lieuProche.distanceM).toBeLessThan(120);
    expect(reperes.qpvNom).toBeTruthy();
    expect(reperes.contour.length).toBeGreaterThan(0);
    const ring: Array<[number, number]> = reperes.contour[0];
    expect(ring.length).toBeGreaterThan(3);
    expect(ring.length).toBeLessThanOrEqual(120);
    const lons = ring.map((p) => p[0]);
    const lats = ring.map((p) => p[1]);
    expect(Math.min(...lons)).toBeLessThan(longitude);
    expect(Math.max(...lons)).toBeGreaterThan(longitude);
    expect(Math.min(...lats)).toBeLessThan(latitude);
    expect(Math.max(...lats)).toBeGreaterThan(latitude);
  });

  it('says nothing it does not know for a signalement without point nor QPV', async () => {
    const res = await w.partner.get(`/api/signalements/${w.bare}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().reperes).toEqual({ lieuProche: null, qpvNom: null, contour: null });
  });
});
