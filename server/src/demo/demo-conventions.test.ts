import { describe, expect, it } from 'vitest';
import { login } from '../../test/helpers';
import { useWorld } from '../../test/world';
import { DEMO_DOMAIN, DEMO_PASSWORD, loadDemo } from './demo';

describe('demo conventions', () => {
  const { t } = useWorld(loadDemo);

  it('has the transport operator’s convention on transport lines and the city’s on both QPV', async () => {
    const coord = await login(t.app, `coordination@${DEMO_DOMAIN}`, DEMO_PASSWORD);
    const list = (await coord.get('/api/conventions')).json().items;
    expect(list).toHaveLength(2);
    const bus = list.find((c: { nom: string }) => c.nom.includes('bus'));
    expect(bus.partenaire.nom).toBe('Régie des transports métropolitains');
    expect(bus.territoires).toEqual([]);
    expect(bus.lieux.map((l: { kind: string }) => l.kind)).toEqual(['ligne_transport', 'ligne_transport']);
    const ville = list.find((c: { nom: string }) => c.nom.startsWith('Politique de la ville'));
    expect(ville.territoires.map((q: { qpvCode: string }) => q.qpvCode)).toEqual(['QN01342I', 'QN01344M']);
    for (const c of [bus, ville]) {
      const r = (await coord.get(`/api/conventions/${c.id}/rapport`)).json();
      expect(r.objectifs.length).toBeGreaterThanOrEqual(2);
      expect(r.objectifs.every((o: { realise: number }) => o.realise > 0)).toBe(true);
    }
  });
});
