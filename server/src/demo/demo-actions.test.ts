import { describe, expect, it } from 'vitest';
import { ACTION_TYPES } from '../../../domain/actions/action.taxonomies';
import { addDays, parisDate } from '../../../domain/time/paris';
import { login } from '../../test/helpers';
import { useWorld } from '../../test/world';
import { DEMO_DOMAIN, DEMO_PASSWORD, loadDemo } from './demo';

describe('demo collective actions', () => {
  const { t } = useWorld(loadDemo);

  it('has a year of actions of every type, counted and evaluated, in the report’s registres', async () => {
    const coord = await login(t.app, `coordination@${DEMO_DOMAIN}`, DEMO_PASSWORD);
    const au = parisDate(new Date());
    const du = addDays(au, -364);
    const list = (await coord.get(`/api/actions?du=${du}&parPage=200`)).json();
    expect(list.total).toBeGreaterThan(80);
    const passees = list.items.filter((a: { fin: string }) => new Date(a.fin) < new Date());
    expect(passees.filter((a: { evaluation: unknown }) => a.evaluation).length).toBeGreaterThan(
      passees.length / 2,
    );
    expect(list.items.some((a: { statut: string }) => a.statut === 'annulee')).toBe(true);
    const r = (await coord.get(`/api/rapports/activite?du=${du}&au=${au}`)).json();
    for (const type of ACTION_TYPES) expect(r.actions.par_type[type].nombre, type).toBeGreaterThan(0);
    expect(r.actions.participants).toBeGreaterThan(1000);
    for (const registre of ['concertation', 'veille_technique', 'sensibilisation', 'presence']) {
      expect(r.registres[registre].actions, registre).toBeGreaterThan(0);
    }
    expect(r.registres.veille_technique.signalements).toBeGreaterThan(0);
  });
});
