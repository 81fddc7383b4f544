import { describe, expect, it } from 'vitest';
import { expectListContract, listIds, listSite } from '../../../test/liste';
import { signInNew, useWorld } from '../../../test/world';
import { buildAnnuaireService, buildDemande, buildPersonne } from '../../factories/accueil.factories';
import { buildPartenaire } from '../../factories/factories';

describe('accueil lists (demandes, orientations, personnes): the list contract', () => {
  const recentDemandes: string[] = [];
  const openOrientations: string[] = [];
  const { d: w } = useWorld(async (_, t) => {
    let personne = '';
    const { structureId, malpasse, fv } = await listSite(t);
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
    const onFv = (
      await buildDemande(t.db, { ...base, territoryId: fv, occurredAt: new Date('2026-06-02T08:00:00Z') })
    ).demande.id;
    recentDemandes.push(onFv);
    const oldDemande = (await buildDemande(t.db, { ...base, occurredAt: new Date('2026-01-05T08:00:00Z') }))
      .demande.id;
    for (const pseudonyme of ['Lune 1', 'Lune 2', 'Soleil 3']) {
      const consent = pseudonyme === 'Soleil 3' ? { partagePartenaires: false } : undefined;
      personne = (await buildPersonne(t.db, { structureId, territoryId: malpasse, pseudonyme, consent })).id;
    }
    await buildPersonne(t.db, { structureId, territoryId: fv, pseudonyme: 'Lune 4' });
    const coord = await signInNew(t, { structureId, role: 'coordinateur' });
    const caf = await signInNew(t, { structureId, role: 'partenaire', partnerId: pCaf.id });
    const stranger = await signInNew(t, { role: 'coordinateur' });
    return { coord, caf, stranger, oldDemande, onFv, personne };
  });

  it('pages demandes over the last 30 days by default; `du` reaches older ones', async () => {
    const walked = await expectListContract(w.coord, '/api/demandes', { total: recentDemandes.length });
    expect(walked.map((d) => d.id).sort()).toEqual([...recentDemandes].sort());
    expect((await w.coord.get('/api/demandes')).json().periode).toEqual({ du: '2026-05-17', au: null });
    expect(await listIds(w.coord, '/api/demandes?du=2026-01-01&au=2026-01-31')).toEqual([w.oldDemande]);
    expect(await listIds(w.coord, '/api/demandes?qpv=QN01344M')).toEqual([w.onFv]);
    expect(await listIds(w.coord, '/api/demandes?canal=telephone')).toEqual([]);
    expect((await w.stranger.get('/api/demandes?du=2000-01-01')).json().total).toBe(0);
  });

  it('opens orientations on those still open, for staff and partner alike; ouvertes=false shows all', async () => {
    const walked = await expectListContract(w.coord, '/api/orientations', { total: openOrientations.length });
    expect(walked.map((o) => o.id).sort()).toEqual([...openOrientations].sort());
    await expectListContract(w.caf, '/api/orientations?ouvertes=false', { total: 5, parPage: 3 });
    expect(await listIds(w.coord, '/api/orientations?statut=aboutie')).toHaveLength(1);
    expect(await listIds(w.coord, '/api/orientations?qpv=QN01344M&ouvertes=false')).toEqual([]);
    expect(
      await listIds(w.coord, '/api/orientations?du=2026-06-01&au=2026-06-01&ouvertes=false'),
    ).toHaveLength(1);
    expect((await w.stranger.get('/api/orientations?ouvertes=false')).json().total).toBe(0);
  });

  it('pages person files, searched by pseudonym and QPV, scoped to the structure', async () => {
    await expectListContract(w.coord, '/api/personnes', { total: 4, parPage: 3 });
    expect(await listIds(w.coord, '/api/personnes?q=soleil')).toEqual([w.personne]);
    expect(await listIds(w.coord, '/api/personnes?q=lune&qpv=QN01342I')).toHaveLength(2);
    // A project's carriers: files with a consent in force only.
    expect(await listIds(w.coord, '/api/personnes?consentement=true')).toEqual([w.personne]);
    expect((await w.stranger.get('/api/personnes')).json().total).toBe(0);
  });
});
