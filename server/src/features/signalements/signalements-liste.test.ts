import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../../../test/helpers';
import { expectListContract, listFixture, listIds } from '../../../test/liste';
import { signInNew } from '../../../test/world';
import { buildPartenaire } from '../../factories/factories';
import { buildSignalement } from '../../factories/signalements.factories';

describe('signalements list: the list contract', () => {
  let t: TestApp;
  let coord: Session;
  let partner: Session;
  const open: string[] = [];
  let closed: string;
  let onFv: string;
  let internal: string;
  beforeAll(async () => {
    const f = await listFixture();
    t = f.t;
    const { structureId, malpasse, fv } = f;
    const bailleur = await buildPartenaire(t.db, { structureId, kind: 'bailleur' });
    const base = { structureId, territoryId: malpasse, qpvCode: 'QN01342I' };
    const same = new Date('2026-06-10T08:00:00Z');
    for (let i = 0; i < 4; i++) open.push((await buildSignalement(t.db, { ...base, observedAt: same })).id);
    internal = (
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
    onFv = (
      await buildSignalement(t.db, {
        structureId,
        territoryId: fv,
        qpvCode: 'QN01344M',
        description: 'Ascenseur bloqué',
        observedAt: new Date('2026-03-01T08:00:00Z'),
      })
    ).id;
    open.push(onFv);
    closed = (
      await buildSignalement(t.db, {
        ...base,
        partnerId: bailleur.id,
        observedAt: new Date('2026-06-01T08:00:00Z'),
        historique: [{ statut: 'resolu', at: new Date('2026-06-02T08:00:00Z') }],
      })
    ).id;
    coord = await signInNew(t, { structureId, role: 'coordinateur' });
    partner = await signInNew(t, { structureId, role: 'partenaire', partnerId: bailleur.id });
  });
  afterAll(() => t.close());

  it('opens on the open ones, pages them without duplicate nor gap; ouverts=false shows all', async () => {
    const walked = await expectListContract(coord, '/api/signalements', { total: open.length });
    expect(walked.map((s) => s.id).sort()).toEqual([...open].sort());
    await expectListContract(coord, '/api/signalements?ouverts=false', {
      total: open.length + 1,
      parPage: 3,
    });
    expect(await listIds(coord, '/api/signalements?statut=resolu')).toEqual([closed]);
  });

  it('filters by QPV, period and search (number or words)', async () => {
    expect(await listIds(coord, '/api/signalements?qpv=QN01344M')).toEqual([onFv]);
    expect(await listIds(coord, '/api/signalements?du=2026-05-01&au=2026-05-31')).toEqual([internal]);
    expect(await listIds(coord, '/api/signalements?q=ascenseur')).toEqual([internal, onFv]);
    const { numero } = (await coord.get(`/api/signalements/${onFv}`)).json();
    expect(await listIds(coord, `/api/signalements?q=${numero}`)).toEqual([onFv]);
    const bad = await coord.get('/api/signalements?du=2026-05-31&au=2026-05-01');
    expect(bad.json().error.details[0].champ).toBe('au');
  });

  it('shows a partner only theirs, never searching an internal description; another structure nothing', async () => {
    expect(await listIds(partner, '/api/signalements?ouverts=false')).toEqual([closed, internal]);
    expect(await listIds(partner, '/api/signalements?q=ascenseur')).toEqual([]);
    const stranger = await signInNew(t, { role: 'admin' });
    expect((await stranger.get('/api/signalements?ouverts=false')).json().total).toBe(0);
  });
});
