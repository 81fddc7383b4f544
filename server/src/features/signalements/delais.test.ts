import { describe, expect, it } from 'vitest';
import { addParisDays, parisInstant } from '../../../../domain/time/paris';
import { buildSite, signInNew, useWorld } from '../../../test/world';
import { buildPartenaire } from '../../factories/factories';
import { buildSignalement } from '../../factories/signalements.factories';

const at = (iso: string) => new Date(iso);

describe('Paris calendar arithmetic', () => {
  it('adds calendar days across both DST changes', () => {
    // Spring forward on 29 March 2026: 10:00 +01:00 → 10:00 +02:00 seven days later (167 h).
    expect(addParisDays(at('2026-03-25T10:00:00+01:00'), 7).toISOString()).toBe('2026-04-01T08:00:00.000Z');
    // Fall back on 25 October 2026: 10:00 +02:00 → 10:00 +01:00 (169 h).
    expect(addParisDays(at('2026-10-21T10:00:00+02:00'), 7).toISOString()).toBe('2026-10-28T09:00:00.000Z');
    expect(parisInstant('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(parisInstant('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });
});

describe('signalement delays', () => {
  const { d: w } = useWorld(async (_, t) => {
    const { structureId: sid, territoryId: tid } = await buildSite(t.db);
    const ville = await buildPartenaire(t.db, { structureId: sid, nom: 'Ville' });
    const bailleur = await buildPartenaire(t.db, { structureId: sid, nom: 'Bailleur' });
    const coord = await signInNew(t, { structureId: sid, role: 'coordinateur' });
    const sig = (partnerId: string, categorie: 'eclairage' | 'proprete', h: Array<[string, string]>) =>
      buildSignalement(t.db, {
        structureId: sid,
        territoryId: tid,
        partnerId,
        categorie,
        observedAt: at(h[0]![1]),
        historique: h.map(([statut, iso]) => ({ statut: statut as 'transmis', at: at(iso) })),
      });
    // Across spring DST: sent Wed 25/03 10:00, taken 26/03 10:00 (24 h), solved Wed 01/04 09:30 Paris = 166.5 h.
    await sig(ville.id, 'eclairage', [
      ['transmis', '2026-03-25T10:00:00+01:00'],
      ['pris_en_compte', '2026-03-26T10:00:00+01:00'],
      ['resolu', '2026-04-01T09:30:00+02:00'],
    ]);
    // Solved Wed 01/04 10:30 Paris: 167.5 h elapsed (< 168 h) but after the same local time 7 days later.
    await sig(ville.id, 'eclairage', [
      ['transmis', '2026-03-25T10:00:00+01:00'],
      ['resolu', '2026-04-01T10:30:00+02:00'],
    ]);
    // Across autumn DST: sent 21/10 10:00 +02:00, solved 28/10 09:30 +01:00 = 168.5 h, yet within 7 calendar days.
    await sig(ville.id, 'eclairage', [
      ['transmis', '2026-10-21T10:00:00+02:00'],
      ['pris_en_compte', '2026-10-22T22:00:00+02:00'],
      ['resolu', '2026-10-28T09:30:00+01:00'],
    ]);
    // Still open after 40 days: overdue.
    await sig(bailleur.id, 'proprete', [['transmis', '2026-09-01T09:00:00+02:00']]);
    await sig(bailleur.id, 'proprete', [
      ['transmis', '2026-09-02T09:00:00+02:00'],
      ['pris_en_compte', '2026-09-03T09:00:00+02:00'],
    ]);
    t.clock.now = at('2026-11-01T12:00:00+01:00');
    return { coord };
  });

  it('computes medians in real elapsed hours and shares within 7/30 Paris calendar days', async () => {
    const res = await w.coord.get('/api/signalements/delais');
    expect(res.statusCode).toBe(200);
    const { lignes, enRetard } = res.json();
    const ville = lignes.find((l: { partenaireNom: string }) => l.partenaireNom === 'Ville');
    // Taken: 24 h, 167.5 h (solved directly), 36 h → median 36. Solved: 166.5, 167.5, 168.5 → 167.5.
    expect(ville).toMatchObject({
      categorie: 'eclairage',
      transmis: 3,
      medianePriseEnCompteH: 36,
      medianeResolutionH: 167.5,
      partResolus7j: 0.667,
      partResolus30j: 1,
    });
    const bailleur = lignes.find((l: { partenaireNom: string }) => l.partenaireNom === 'Bailleur');
    expect(bailleur).toMatchObject({
      transmis: 2,
      medianePriseEnCompteH: 24,
      medianeResolutionH: null,
      partResolus7j: 0,
    });
    expect(enRetard.map((r: { statut: string }) => r.statut).sort()).toEqual(['pris_en_compte', 'transmis']);
    expect(enRetard[0].joursDepuisTransmission).toBeGreaterThanOrEqual(60);
  });

  it('filters the period by Paris dates and the overdue threshold', async () => {
    const spring = (await w.coord.get('/api/signalements/delais?depuis=2026-03-25&jusqua=2026-03-25')).json();
    expect(spring.lignes).toHaveLength(1);
    expect(spring.lignes[0].transmis).toBe(2);
    const none = (await w.coord.get('/api/signalements/delais?seuilRetardJours=90')).json();
    expect(none.enRetard).toEqual([]);
    expect((await w.coord.get('/api/signalements/delais?depuis=25/03/2026')).statusCode).toBe(400);
  });
});
