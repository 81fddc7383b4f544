import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { login } from '../../../test/helpers';
import { expectListContract, listIds } from '../../../test/liste';
import { signInNew, useWorld } from '../../../test/world';
import { buildActivite, buildMainCouranteStructure } from './main-courante.factories';
import { observations } from './main-courante.table';

describe('main courante lists: the list contract', () => {
  const { t, d: w } = useWorld(async (_, t) => {
    t.clock.now = new Date('2026-06-15T10:00:00Z');
    const s = await buildMainCouranteStructure(t.db);
    const coord = await login(t.app, s.coord.email);
    const at = (iso: string) => ({ debut: new Date(iso), structureId: s.structureId, createdBy: s.med1.id });
    // Five activities at the same minute: only the id can order them across pages.
    for (let i = 0; i < 5; i++) {
      const a = await buildActivite(t.db, {
        ...at('2026-06-10T08:00:00Z'),
        territoryId: s.malpasse.id,
        nbContacts: 2,
      });
      recent.push(a.id);
    }
    recent.push(
      (
        await buildActivite(t.db, {
          ...at('2026-06-01T08:00:00Z'),
          territoryId: s.fraisVallon.id,
          nbContacts: 1,
        })
      ).id,
    );
    old = (
      await buildActivite(t.db, { ...at('2026-04-01T08:00:00Z'), territoryId: s.malpasse.id, nbContacts: 7 })
    ).id;
    for (const activiteId of [recent[0]!, old]) {
      await t.db.insert(observations).values({
        id: randomUUID(),
        structureId: s.structureId,
        activiteId,
        kind: 'autre',
        note: 'Éclairage éteint.',
        createdBy: s.med1.id,
      });
    }
    return { s, coord };
  });
  const recent: string[] = [];
  let old: string;

  it('pages activities without duplicate nor gap, ties broken by id', async () => {
    const walked = await expectListContract(w.coord, '/api/activites', { total: recent.length });
    expect(walked.map((a) => a.id).sort()).toEqual([...recent].sort());
  });

  it('covers the last 30 days by default, totals included; an explicit `du` reaches older days', async () => {
    const page = (await w.coord.get('/api/activites')).json();
    expect(page.periode).toEqual({ du: '2026-05-17', au: null });
    expect(page.totaux).toEqual({ activites: 6, contacts: 11, personnes: 11 });
    const all = (await w.coord.get('/api/activites?du=2026-01-01')).json();
    expect(all.total).toBe(7);
    expect(all.totaux).toMatchObject({ activites: 7, contacts: 18 });
    const april = (await w.coord.get('/api/activites?au=2026-04-30')).json();
    expect(april.periode).toEqual({ du: '2026-04-01', au: '2026-04-30' });
    expect(april.items.map((a: { id: string }) => a.id)).toEqual([old]);
  });

  it('keeps its filters, and another structure sees nothing', async () => {
    expect(await listIds(w.coord, `/api/activites?qpv=QN01344M`)).toEqual([recent[5]]);
    expect(
      await listIds(w.coord, `/api/activites?territoireId=${w.s.malpasse.id}&du=2026-01-01`),
    ).toHaveLength(6);
    const stranger = await signInNew(t, { role: 'coordinateur' });
    expect((await stranger.get('/api/activites?du=2000-01-01')).json().total).toBe(0);
  });

  it('pages observations, still to treat by default, with a QPV filter', async () => {
    await expectListContract(w.coord, '/api/observations?nonTraitees=false', { total: 2, parPage: 1 });
    expect(await listIds(w.coord, '/api/observations?qpv=QN01344M&nonTraitees=false')).toEqual([]);
    const [first] = await listIds(w.coord, '/api/observations');
    await w.coord.post(`/api/observations/${first}/traiter`);
    expect((await w.coord.get('/api/observations')).json().total).toBe(1);
    const stranger = await signInNew(t, { role: 'coordinateur' });
    expect((await stranger.get('/api/observations?nonTraitees=false')).json().total).toBe(0);
  });
});
