import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, TestApp } from '../../../test/helpers';
import { expectListContract, listFixture, listIds } from '../../../test/liste';
import { signInNew } from '../../../test/world';
import { buildAnnuaireService, buildDemande, buildPersonne } from '../../factories/accueil.factories';
import { buildPartenaire } from '../../factories/factories';

describe('accueil lists (demandes, orientations, personnes): the list contract', () => {
  let t: TestApp;
  let coord: Session;
  let caf: Session;
  let stranger: Session;
  const recentDemandes: string[] = [];
  const openOrientations: string[] = [];
  let oldDemande: string;
  let onFv: string;
  let personne: string;
  beforeAll(async () => {
    const f = await listFixture();
    t = f.t;
    const { structureId, malpasse, fv } = f;
    const pCaf = await buildPartenaire(t.db, { structureId, kind: 'caf' });
    const serviceId = (await buildAnnuaireService(t.db, { structureId, partnerId: pCaf.id })).id;
    const base = { structureId, territoryId: malpasse, motifs: ['logement-hebergement' as const] };
    const same = new Date('2026-06-10T08:00:00Z');
    for (let i = 0; i < 4; i++) {
      const d = await buildDemande(t.db, { ...base, occurredAt: same, orientations: [{ serviceId }] });
      recentDemandes.push(d.demande.id);
      openOrientations.push(d.orientationIds[0]!);
    }
    const closedOne = await buildDemande(t.db, {
      ...base,
      occurredAt: new Date('2026-06-01T08:00:00Z'),
      orientations: [{ serviceId, statut: 'aboutie', statutAt: new Date('2026-06-05T08:00:00Z') }],
    });
    recentDemandes.push(closedOne.demande.id);
    onFv = (
      await buildDemande(t.db, { ...base, territoryId: fv, occurredAt: new Date('2026-06-02T08:00:00Z') })
    ).demande.id;
    recentDemandes.push(onFv);
    oldDemande = (await buildDemande(t.db, { ...base, occurredAt: new Date('2026-01-05T08:00:00Z') })).demande
      .id;
    for (const pseudonyme of ['Lune 1', 'Lune 2', 'Soleil 3']) {
      personne = (await buildPersonne(t.db, { structureId, territoryId: malpasse, pseudonyme })).id;
    }
    await buildPersonne(t.db, { structureId, territoryId: fv, pseudonyme: 'Lune 4' });
    coord = await signInNew(t, { structureId, role: 'coordinateur' });
    caf = await signInNew(t, { structureId, role: 'partenaire', partnerId: pCaf.id });
    stranger = await signInNew(t, { role: 'coordinateur' });
  });
  afterAll(() => t.close());

  it('pages demandes over the last 30 days by default; `du` reaches older ones', async () => {
    const walked = await expectListContract(coord, '/api/demandes', { total: recentDemandes.length });
    expect(walked.map((d) => d.id).sort()).toEqual([...recentDemandes].sort());
    expect((await coord.get('/api/demandes')).json().periode).toEqual({ du: '2026-05-17', au: null });
    expect(await listIds(coord, '/api/demandes?du=2026-01-01&au=2026-01-31')).toEqual([oldDemande]);
    expect(await listIds(coord, '/api/demandes?qpv=QN01344M')).toEqual([onFv]);
    expect(await listIds(coord, '/api/demandes?canal=telephone')).toEqual([]);
    expect((await stranger.get('/api/demandes?du=2000-01-01')).json().total).toBe(0);
  });

  it('opens orientations on those still open, for staff and partner alike; ouvertes=false shows all', async () => {
    const walked = await expectListContract(coord, '/api/orientations', { total: openOrientations.length });
    expect(walked.map((o) => o.id).sort()).toEqual([...openOrientations].sort());
    await expectListContract(caf, '/api/orientations?ouvertes=false', { total: 5, parPage: 3 });
    expect(await listIds(coord, '/api/orientations?statut=aboutie')).toHaveLength(1);
    expect(await listIds(coord, '/api/orientations?qpv=QN01344M&ouvertes=false')).toEqual([]);
    expect(await listIds(coord, '/api/orientations?du=2026-06-01&au=2026-06-01&ouvertes=false')).toHaveLength(
      1,
    );
    expect((await stranger.get('/api/orientations?ouvertes=false')).json().total).toBe(0);
  });

  it('pages person files, searched by pseudonym and QPV, scoped to the structure', async () => {
    await expectListContract(coord, '/api/personnes', { total: 4, parPage: 3 });
    expect(await listIds(coord, '/api/personnes?q=soleil')).toEqual([personne]);
    expect(await listIds(coord, '/api/personnes?q=lune&qpv=QN01342I')).toHaveLength(2);
    expect((await stranger.get('/api/personnes')).json().total).toBe(0);
  });
});
