/** The privacy records of a structure (issue 16, part 4), through the API. */
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { expectListContract } from '../../../test/liste';
import { buildSite, signInNew, useWorld } from '../../../test/world';
import { auditLog, consentements } from '../../db/schema';
import { buildPersonne } from '../../factories/accueil.factories';
import { buildPartenaire, buildStructure, buildTerritoire } from '../../factories/factories';

describe('privacy records: processing register and consent register', () => {
  const { t, d: w } = useWorld(async (_, t) => {
    const { structureId, territoryId } = await buildSite(t.db);
    const elsewhere = await buildTerritoire(t.db, { structureId, qpvCode: 'QN01344M' });
    await buildPartenaire(t.db, { structureId, kind: 'bailleur', nom: 'Habitat Sud' });
    await buildPartenaire(t.db, { structureId, kind: 'ccas', nom: 'CCAS de Marseille' });
    const coord = await signInNew(t, { structureId, role: 'coordinateur', territoryIds: [territoryId] });
    const direction = await signInNew(t, { structureId, role: 'direction' });
    const med = await signInNew(t, { structureId, territoryIds: [territoryId] });
    const other = await signInNew(t, { structureId: (await buildStructure(t.db)).id, role: 'direction' });
    return { structureId, territoryId, elsewhere: elsewhere.id, coord, direction, med, other };
  });

  it('writes the record of processing activities from the structure’s real settings, in JSON and PDF', async () => {
    const res = await w.direction.get('/api/structure/registre-traitements');
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.territoires).toEqual(expect.arrayContaining([expect.stringContaining('(QN01344M)')]));
    const byName = Object.fromEntries(r.traitements.map((x: { nom: string }) => [x.nom, x]));
    expect(byName['Signalements de dysfonctionnements'].destinataires).toEqual([
      'Habitat Sud (Bailleur social)',
    ]);
    expect(byName['Accueil, information et orientation'].destinataires).toEqual(['CCAS de Marseille (CCAS)']);
    expect(byName['Accueil, information et orientation'].conservation).toEqual([
      '2 ans après le dernier contact',
    ]);
    expect(r.mesures.length).toBeGreaterThan(5);
    const pdf = await w.direction.get('/api/structure/registre-traitements?format=pdf');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await w.med.get('/api/structure/registre-traitements')).statusCode).toBe(403);
  });

  it('lists every consent given or withdrawn, by whom and when, in the reader’s territories', async () => {
    const mine = await buildPersonne(t.db, {
      structureId: w.structureId,
      territoryId: w.territoryId,
      pseudonyme: 'Mme C.',
      identite: { nom: 'Cissé' },
      consent: { partagePartenaires: true },
    });
    await buildPersonne(t.db, {
      structureId: w.structureId,
      territoryId: w.elsewhere,
      pseudonyme: 'M. Ailleurs',
      consent: { partagePartenaires: false },
    });
    await t.db
      .update(consentements)
      .set({ withdrawnAt: new Date('2026-11-02T10:00:00Z') })
      .where(eq(consentements.personneId, mine.id));

    const items = await expectListContract<{ id: string; pseudonyme: string; retireLe: string | null }>(
      w.coord,
      '/api/consentements',
      { total: 1, parPage: 1 },
    );
    expect(items).toEqual([
      expect.objectContaining({
        pseudonyme: 'Mme C.',
        partagePartenaires: true,
        retireLe: '2026-11-02T10:00:00.000Z',
      }),
    ]);
    expect((await w.direction.get('/api/consentements')).json().total).toBe(2);
    expect((await w.coord.get('/api/consentements?du=2020-01-01&au=2020-12-31')).json().total).toBe(0);
    expect((await w.coord.get('/api/consentements?du=2026-12-01&au=2026-01-01')).statusCode).toBe(400);
    expect((await w.med.get('/api/consentements')).statusCode).toBe(403);
    expect((await w.other.get('/api/consentements')).json().total).toBe(0);
    const reads = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'registre_consentements'), eq(auditLog.structureId, w.structureId)));
    expect(reads.length).toBeGreaterThan(0);
  });

  it('lets the direction shorten the retention periods, never lengthen them', async () => {
    const shown = (await w.direction.get('/api/structure/conservation')).json();
    expect(shown.periodes).toMatchObject({ personnes: 24, photos: 12, sessions: 6 });
    expect(shown.libelles.personnes).toBe('Personnes et leurs demandes');
    expect(new Date(shown.prochainePurge).getUTCHours()).toBe(3);
    const periodes = { ...shown.periodes, personnes: 12, photos: 3 };
    const saved = await w.direction.request({
      method: 'PUT',
      url: '/api/structure/conservation',
      payload: periodes,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().periodes).toMatchObject({ personnes: 12, photos: 3 });
    const tooLong = await w.direction.request({
      method: 'PUT',
      url: '/api/structure/conservation',
      payload: { ...periodes, personnes: 36 },
    });
    expect(tooLong.statusCode).toBe(400);
    expect(JSON.stringify(tooLong.json())).toContain('Au plus 24 mois');
    expect(
      (await w.coord.request({ method: 'PUT', url: '/api/structure/conservation', payload: periodes }))
        .statusCode,
    ).toBe(403);
    expect((await w.med.get('/api/structure/conservation')).statusCode).toBe(403);
  });
});
