import { describe, expect, it } from 'vitest';
import { login } from '../../../test/helpers';
import { expectListContract, expectOpensOnOpen, listIds, listSite } from '../../../test/liste';
import { signInNew, useWorld } from '../../../test/world';
import { buildLieu, buildUser } from '../../factories/factories';
import { buildSituation } from '../../factories/situations.factories';

describe('situations lists: the list contract', () => {
  const open: string[] = [];
  const { d: w } = useWorld(async (_, t) => {
    const { structureId, malpasse, fv } = await listSite(t);
    const m = await buildUser(t.db, { structureId });
    const base = { structureId, territoryId: malpasse, mediatorIds: [m.id] };
    for (let i = 0; i < 4; i++)
      open.push((await buildSituation(t.db, { ...base, openedOn: '2026-06-10' })).id);
    const onFv = (
      await buildSituation(t.db, { ...base, territoryId: fv, openedOn: '2026-02-01', status: 'en_suivi' })
    ).id;
    open.push(onFv);
    const closed = (
      await buildSituation(t.db, {
        ...base,
        openedOn: '2026-05-01',
        status: 'cloturee',
        outcome: 'apaise',
        closedOn: '2026-05-20',
      })
    ).id;
    const coord = await signInNew(t, { structureId, role: 'coordinateur' });
    const med = await login(t.app, m.email);
    const stranger = await signInNew(t, { role: 'coordinateur' });
    const lieu = await buildLieu(t.db, { structureId, territoryId: malpasse });
    for (const kind of ['famille', 'ami', 'meme_residence']) {
      const res = await med.post('/api/declarations-impartialite', { kind, lieuId: lieu.id });
      expect(res.statusCode, res.body).toBe(201);
    }
    return { coord, med, stranger, closed, onFv };
  });

  it('opens on the open situations, pages them; ouvertes=false adds the closed ones', async () => {
    await expectOpensOnOpen(w.coord, '/api/situations', open, {
      all: 'ouvertes',
      parPage: 4,
      closed: w.closed,
      closedQuery: 'statut=cloturee',
    });
  });

  it('keeps its filters and adds QPV and referral period', async () => {
    expect(await listIds(w.coord, '/api/situations?qpv=QN01344M')).toEqual([w.onFv]);
    expect(await listIds(w.coord, '/api/situations?du=2026-01-01&au=2026-03-31')).toEqual([w.onFv]);
    expect(await listIds(w.coord, '/api/situations?statut=en_suivi')).toEqual([w.onFv]);
    expect(await listIds(w.med, '/api/situations?mine=1')).toHaveLength(open.length);
    expect((await w.stranger.get('/api/situations?ouvertes=false')).json().total).toBe(0);
  });

  it('pages declared links; another structure sees none', async () => {
    await expectListContract(w.med, '/api/declarations-impartialite', { total: 3 });
    expect((await w.coord.get('/api/declarations-impartialite')).json().total).toBe(3);
    expect((await w.stranger.get('/api/declarations-impartialite')).json().total).toBe(0);
  });
});
