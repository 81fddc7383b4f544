import { describe, expect, it } from 'vitest';
import { PROJET_STATUTS } from '../../../domain/projets/projet.taxonomies';
import { addDays, parisDate } from '../../../domain/time/paris';
import { login } from '../../test/helpers';
import { useWorld } from '../../test/world';
import { DEMO_DOMAIN, DEMO_PASSWORD, loadDemo } from './demo';

describe('demo residents’ projects', () => {
  const { t } = useWorld(loadDemo);

  it('has six projects at every status, with carriers, steps, hours and funding, some out of an action', async () => {
    const coord = await login(t.app, `coordination@${DEMO_DOMAIN}`, DEMO_PASSWORD);
    for (const statut of PROJET_STATUTS) {
      expect((await coord.get(`/api/projets?statut=${statut}`)).json().total, statut).toBe(6);
    }
    const all = (await coord.get('/api/projets?ouverts=false&parPage=200')).json();
    expect(all.total).toBe(24);
    const pages = await Promise.all(
      all.items.map(async (p: { id: string }) => (await coord.get(`/api/projets/${p.id}`)).json()),
    );
    for (const p of pages) {
      expect(
        p.chronologie.some((e: { type: string }) => e.type === 'etape'),
        p.titre,
      ).toBe(true);
      expect(p.totaux.heures, p.titre).toBeGreaterThan(0);
      expect(p.statuts.map((s: { statut: string }) => s.statut)).toContain(p.statut);
      if (p.statut !== 'idee') expect(p.totaux.sollicite, p.titre).toBeGreaterThan(0);
      if (p.statut === 'realise') expect(p.totaux.obtenu, p.titre).toBeGreaterThan(0);
      if (p.statut === 'abandonne') expect(p.totaux.obtenu, p.titre).toBe(0);
    }
    expect(pages.filter((p) => p.porteurs.length > 0).length).toBeGreaterThan(12);
    expect(pages.filter((p) => p.actionOrigineId !== null).length).toBeGreaterThanOrEqual(4);

    // The year's bilan counts them.
    const au = parisDate(new Date());
    const r = (await coord.get(`/api/rapports/activite?du=${addDays(au, -364)}&au=${au}`)).json();
    expect(r.projets.accompagnes).toBeGreaterThanOrEqual(20);
    expect(r.projets.realises).toBe(6);
    expect(r.projets.heures).toBeGreaterThan(100);
    expect(r.projets.financements_obtenus).toBeGreaterThan(0);
    expect(r.projets.par_statut).toEqual({ idee: 6, accompagne: 6, realise: 6, abandonne: 6 });
  });
});
