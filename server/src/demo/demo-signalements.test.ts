import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../domain/signalements/signalement.schema';
import { login } from '../../test/helpers';
import { useWorld } from '../../test/world';
import { diagnostics, signalements } from '../db/schema';
import { DEMO_DOMAIN, DEMO_PASSWORD, loadDemo } from './demo';
import { DEMO_OPEN311_KEY } from './demo-signalements';

describe('demo signalements', () => {
  const { t, d: demo } = useWorld(loadDemo);

  it('spreads a year of signalements over every category and partner, with one diagnostic en marchant', async () => {
    const rows = await t.db.select().from(signalements).where(eq(signalements.structureId, demo.structureId));
    expect(rows.length).toBe(420);
    expect(new Set(rows.map((r) => r.categorie))).toEqual(new Set(CATEGORIES));
    expect(new Set(rows.map((r) => r.statut))).toEqual(
      new Set(['nouveau', 'transmis', 'pris_en_compte', 'resolu', 'rejete']),
    );
    expect(new Set(rows.map((r) => r.partnerId).filter(Boolean)).size).toBeGreaterThanOrEqual(3);
    expect(rows.every((r) => r.qpvCode === null || r.qpvCode.startsWith('QN013'))).toBe(true);
    const [diag] = await t.db.select().from(diagnostics).where(eq(diagnostics.structureId, demo.structureId));
    expect(rows.filter((r) => r.diagnosticId === diag!.id)).toHaveLength(9);
  });

  it('shows the coordinator each partner’s delays, the overdue list, and opens Open311 with the demo key', async () => {
    const coord = await login(t.app, `coordination@${DEMO_DOMAIN}`, DEMO_PASSWORD);
    const { lignes, enRetard } = (await coord.get('/api/signalements/delais')).json();
    const ville = lignes.filter((l: { partenaireNom: string }) => l.partenaireNom.startsWith('Ville'));
    const bailleur = lignes.filter((l: { partenaireNom: string }) => l.partenaireNom.startsWith('Habitat'));
    const med = (ls: Array<{ medianeResolutionH: number | null }>) =>
      ls.map((l) => l.medianeResolutionH ?? 0).sort((a, b) => a - b)[Math.floor(ls.length / 2)]!;
    expect(med(ville)).toBeLessThan(med(bailleur));
    expect(enRetard.length).toBeGreaterThan(0);
    const res = await t.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `api_key=${DEMO_OPEN311_KEY}&service_code=eclairage&lat=43.32589&long=5.40493`,
    });
    expect(res.statusCode).toBe(201);
    const list = (await t.app.inject({ method: 'GET', url: '/open311/v2/requests.json' })).json();
    expect(list.length).toBeGreaterThan(50);
  });
});
