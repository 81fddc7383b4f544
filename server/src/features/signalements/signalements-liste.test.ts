import { describe, expect, it } from 'vitest';
import { expectOpensOnOpen, listIds, listSite } from '../../../test/liste';
import { signInNew, useWorld } from '../../../test/world';
import { buildPartenaire } from '../../factories/factories';
import { buildSignalement } from '../../factories/signalements.factories';

describe('signalements list: the list contract', () => {
  const open: string[] = [];
  const { t, d: w } = useWorld(async (_, t) => {
    const { structureId, malpasse, fv } = await listSite(t);
    const bailleur = await buildPartenaire(t.db, { structureId, kind: 'bailleur' });
    const base = { structureId, territoryId: malpasse, qpvCode: 'QN01342I' };
    const same = new Date('2026-06-10T08:00:00Z');
    for (let i = 0; i < 4; i++) open.push((await buildSignalement(t.db, { ...base, observedAt: same })).id);
    const internal = (
      await buildSignalement(t.db, {
        ...base,
        partnerId: bailleur.id,
        description: 'Ascenseur en panne, bâtiment B',
        descriptionInterne: true,
        observedAt: new Date('2026-05-02T08:00:00Z'),
        historique: [{ statut: 'transmis', at: new Date('2026-05-02T09:00:00Z') }],
      })
    ).id;
    open.push(internal);
    const onFv = (
      await buildSignalement(t.db, {
        structureId,
        territoryId: fv,
        qpvCode: 'QN01344M',
        description: 'Ascenseur bloqué',
        observedAt: new Date('2026-03-01T08:00:00Z'),
      })
    ).id;
    open.push(onFv);
    const closed = (
      await buildSignalement(t.db, {
        ...base,
        partnerId: bailleur.id,
        observedAt: new Date('2026-06-01T08:00:00Z'),
        historique: [{ statut: 'resolu', at: new Date('2026-06-02T08:00:00Z') }],
      })
    ).id;
    const coord = await signInNew(t, { structureId, role: 'coordinateur' });
    const partner = await signInNew(t, { structureId, role: 'partenaire', partnerId: bailleur.id });
    return { coord, partner, closed, onFv, internal };
  });

  it('opens on the open ones, pages them without duplicate nor gap; ouverts=false shows all', async () => {
    await expectOpensOnOpen(w.coord, '/api/signalements', open, {
      all: 'ouverts',
      parPage: 3,
      closed: w.closed,
      closedQuery: 'statut=resolu',
    });
  });

  it('filters by QPV, period and search (number or words)', async () => {
    expect(await listIds(w.coord, '/api/signalements?qpv=QN01344M')).toEqual([w.onFv]);
    expect(await listIds(w.coord, '/api/signalements?du=2026-05-01&au=2026-05-31')).toEqual([w.internal]);
    expect(await listIds(w.coord, '/api/signalements?q=ascenseur')).toEqual([w.internal, w.onFv]);
    const { numero } = (await w.coord.get(`/api/signalements/${w.onFv}`)).json();
    expect(await listIds(w.coord, `/api/signalements?q=${numero}`)).toEqual([w.onFv]);
    const bad = await w.coord.get('/api/signalements?du=2026-05-31&au=2026-05-01');
    expect(bad.json().error.details[0].champ).toBe('au');
  });

  it('shows a partner only theirs, never searching an internal description; another structure nothing', async () => {
    expect(await listIds(w.partner, '/api/signalements?ouverts=false')).toEqual([w.closed, w.internal]);
    expect(await listIds(w.partner, '/api/signalements?q=ascenseur')).toEqual([]);
    const stranger = await signInNew(t, { role: 'admin' });
    expect((await stranger.get('/api/signalements?ouverts=false')).json().total).toBe(0);
  });
});
