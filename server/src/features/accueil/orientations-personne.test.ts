import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Session, type TestApp } from '../../../test/helpers';
import { orientations } from '../../db/schema';
import { buildAnnuaireService, buildPersonne } from '../../factories/accueil.factories';
import { buildPartenaire, buildStructure, buildTerritoire, buildUser } from '../../factories/factories';

/** Issue 11, point 4: a person's file lists their orientations, every status, for the team only. */
describe('orientations of one person', () => {
  let t: TestApp;
  let med: Session;
  let caf: Session;
  let territoryId: string;
  let serviceId: string;
  let personneId: string;
  let otherId: string;
  beforeAll(async () => {
    t = await createTestApp();
    const structureId = (await buildStructure(t.db)).id;
    territoryId = (await buildTerritoire(t.db, { structureId })).id;
    const pCaf = await buildPartenaire(t.db, { structureId, kind: 'caf', nom: 'CAF 13' });
    serviceId = (
      await buildAnnuaireService(t.db, { structureId, partnerId: pCaf.id, record: { nom: 'Accueil CAF' } })
    ).id;
    personneId = (await buildPersonne(t.db, { structureId, territoryId, pseudonyme: 'Lune 12' })).id;
    otherId = (await buildPersonne(t.db, { structureId, territoryId, pseudonyme: 'Soleil 3' })).id;
    med = await login(t.app, (await buildUser(t.db, { structureId, territoryIds: [territoryId] })).email);
    caf = await login(
      t.app,
      (await buildUser(t.db, { structureId, role: 'partenaire', partnerId: pCaf.id })).email,
    );
  });
  afterAll(() => t.close());

  const orient = async (pid: string) => {
    const orientationId = randomUUID();
    const res = await med.post('/api/demandes', {
      id: randomUUID(),
      date: new Date(t.clock.now.getTime() - 3600_000).toISOString(),
      canal: 'rue',
      territoireId: territoryId,
      personneId: pid,
      motifs: ['numerique'],
      reponses: [{ type: 'orientation', orientation: { id: orientationId, serviceId, note: null } }],
    });
    expect(res.statusCode, res.body).toBe(201);
    return orientationId;
  };

  it('lists every orientation of the person, closed ones included, and none of another', async () => {
    const open = await orient(personneId);
    const closed = await orient(personneId);
    await orient(otherId);
    await t.db.update(orientations).set({ statut: 'realisee' }).where(eq(orientations.id, closed));
    const res = await med.get(`/api/orientations?personneId=${personneId}`);
    expect(res.statusCode).toBe(200);
    const ids = res.json().items.map((o: { id: string }) => o.id);
    expect(ids.sort()).toEqual([open, closed].sort());
    // Without the person, the list still opens on what is open only.
    const all = (await med.get('/api/orientations')).json().items.map((o: { id: string }) => o.id);
    expect(all).not.toContain(closed);
  });

  it('refuses a partner looking a person up, in French, naming the field', async () => {
    const res = await caf.get(`/api/orientations?personneId=${personneId}`);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toContain('personneId');
  });

  it('refuses an identifier that is not one', async () => {
    const res = await med.get('/api/orientations?personneId=pas-un-id');
    expect(res.statusCode).toBe(400);
  });
});
