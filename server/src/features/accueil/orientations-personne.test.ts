import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { buildSite, signInNew, useWorld } from '../../../test/world';
import { orientations } from '../../db/schema';
import { buildAnnuaireService, buildPersonne } from '../../factories/accueil.factories';
import { buildPartenaire } from '../../factories/factories';

/** Issue 11, point 4: a person's file lists their orientations, every status, for the team only. */
describe('orientations of one person', () => {
  const { t, d: w } = useWorld(async (_, t) => {
    const { structureId, territoryId } = await buildSite(t.db);
    const pCaf = await buildPartenaire(t.db, { structureId, kind: 'caf', nom: 'CAF 13' });
    const serviceId = (
      await buildAnnuaireService(t.db, { structureId, partnerId: pCaf.id, record: { nom: 'Accueil CAF' } })
    ).id;
    const personneId = (await buildPersonne(t.db, { structureId, territoryId, pseudonyme: 'Lune 12' })).id;
    const otherId = (await buildPersonne(t.db, { structureId, territoryId, pseudonyme: 'Soleil 3' })).id;
    const med = await signInNew(t, { structureId, territoryIds: [territoryId] });
    const caf = await signInNew(t, { structureId, role: 'partenaire', partnerId: pCaf.id });
    return { med, caf, territoryId, serviceId, personneId, otherId };
  });

  const orient = async (pid: string) => {
    const orientationId = randomUUID();
    const res = await w.med.post('/api/demandes', {
      id: randomUUID(),
      date: new Date(t.clock.now.getTime() - 3600_000).toISOString(),
      canal: 'rue',
      territoireId: w.territoryId,
      personneId: pid,
      motifs: ['numerique'],
      reponses: [
        { type: 'orientation', orientation: { id: orientationId, serviceId: w.serviceId, note: null } },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    return orientationId;
  };

  it('lists every orientation of the person, closed ones included, and none of another', async () => {
    const open = await orient(w.personneId);
    const closed = await orient(w.personneId);
    await orient(w.otherId);
    await t.db.update(orientations).set({ statut: 'aboutie' }).where(eq(orientations.id, closed));
    const res = await w.med.get(`/api/orientations?personneId=${w.personneId}`);
    expect(res.statusCode, res.body).toBe(200);
    const ids = res.json().items.map((o: { id: string }) => o.id);
    expect(ids.sort()).toEqual([open, closed].sort());
    // Without the person, the list still opens on what is open only.
    const all = (await w.med.get('/api/orientations')).json().items.map((o: { id: string }) => o.id);
    expect(all).not.toContain(closed);
  });

  it('refuses a partner looking a person up, in French, naming the field', async () => {
    const res = await w.caf.get(`/api/orientations?personneId=${w.personneId}`);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toContain('personneId');
  });

  it('refuses an identifier that is not one', async () => {
    const res = await w.med.get('/api/orientations?personneId=pas-un-id');
    expect(res.statusCode).toBe(400);
  });
});
