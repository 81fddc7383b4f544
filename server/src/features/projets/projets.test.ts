import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { champsOf, login } from '../../../test/helpers';
import { expectListContract } from '../../../test/liste';
import { useWorld } from '../../../test/world';
import { auditLog, consentements } from '../../db/schema';
import { buildPersonne } from '../../factories/accueil.factories';
import { buildTerritoire, buildUser } from '../../factories/factories';
import { buildProjetsWorld, projetBody } from './projets.factories';

/** Issue 14, part 4: residents' projects through the API (steps and funding: projets-suivi.test.ts). */
describe('projets: residents’ projects', () => {
  const { t, d, med, coord, direction, partner, other } = useWorld(buildProjetsWorld, [
    'med',
    'coord',
    'direction',
    'partner',
    'other',
  ]);

  const projet = (extra: object = {}) => projetBody(d, extra);
  const audits = (entityId: string, action: string) =>
    t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, entityId), eq(auditLog.action, action)));

  it('creates a project once per id, audited without its text, and shows its page with the carriers’ pseudonyms', async () => {
    const body = projet();
    const res = await med.post('/api/projets', body);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      id: body.id,
      titre: 'Repair café des mamans',
      statut: 'idee',
      partenaires: [{ id: d.assoc.id, nom: 'Centre social Les Tilleuls' }],
      porteurs: [
        { id: d.fatou.id, pseudonyme: 'Maman A' },
        { id: d.awa.id, pseudonyme: 'Maman B' },
      ],
      chronologie: [],
      totaux: { heures: 0, sollicite: 0, obtenu: 0 },
      actionOrigineId: null,
    });
    expect((await med.post('/api/projets', body)).statusCode).toBe(201);
    const list = (await med.get('/api/projets?parPage=200')).json();
    expect(list.items.filter((p: { id: string }) => p.id === body.id)).toEqual([
      expect.objectContaining({
        porteurs: 2,
        partenaires: [{ id: d.assoc.id, nom: 'Centre social Les Tilleuls' }],
      }),
    ]);
    const [created] = await audits(body.id, 'create');
    expect(created!.entityType).toBe('projet');
    expect(JSON.stringify(created!.diff)).not.toContain('repair café au pied');
    expect(await audits(body.id, 'read')).toHaveLength(0);
    const page = await direction.get(`/api/projets/${body.id}`);
    expect(page.statusCode).toBe(200);
    expect(await audits(body.id, 'read')).toHaveLength(1);
  });

  it('moves the status only along the allowed transitions, keeping the date of each', async () => {
    const p = (await med.post('/api/projets', projet())).json();
    expect((await med.patch(`/api/projets/${p.id}`, { statut: 'accompagne' })).statusCode).toBe(403);
    const saut = await coord.patch(`/api/projets/${p.id}`, { statut: 'realise' });
    expect(saut.statusCode).toBe(400);
    expect(saut.json().error.details).toEqual([
      {
        champ: 'statut',
        message:
          'Un projet idée ne peut pas passer à « réalisé » : statut possible « accompagné » ou « abandonné ».',
      },
    ]);
    expect((await coord.patch(`/api/projets/${p.id}`, { statut: 'accompagne' })).statusCode).toBe(200);
    const fait = await coord.patch(`/api/projets/${p.id}`, {
      statut: 'realise',
      partenaireIds: [d.bailleur.id, d.assoc.id],
    });
    expect(fait.statusCode).toBe(200);
    expect(fait.json().statuts.map((s: { statut: string }) => s.statut)).toEqual([
      'idee',
      'accompagne',
      'realise',
    ]);
    expect(fait.json().partenaires.map((x: { nom: string }) => x.nom)).toEqual([
      'Bailleur Habitat 13',
      'Centre social Les Tilleuls',
    ]);
    expect((await coord.patch(`/api/projets/${p.id}`, { statut: 'abandonne' })).json().error.message).toBe(
      'Un projet réalisé ne change plus de statut.',
    );
    const [update] = await audits(p.id, 'update');
    expect(update!.diff).toMatchObject({ statut: { avant: 'idee', apres: 'accompagne' } });
    // The « to do » list shows open projects; ouverts=false every one; statut replaces the default.
    expect(
      (await med.get('/api/projets?parPage=200')).json().items.map((x: { id: string }) => x.id),
    ).not.toContain(p.id);
    expect(
      (await med.get('/api/projets?ouverts=false&parPage=200')).json().items.map((x: { id: string }) => x.id),
    ).toContain(p.id);
    expect(
      (await med.get('/api/projets?statut=realise')).json().items.map((x: { id: string }) => x.id),
    ).toEqual([p.id]);
  });

  it('hides a carrier whose consent was withdrawn', async () => {
    const p = (await med.post('/api/projets', projet())).json();
    await t.db
      .update(consentements)
      .set({ withdrawnAt: new Date() })
      .where(eq(consentements.personneId, d.awa.id));
    const page = (await med.get(`/api/projets/${p.id}`)).json();
    expect(page.porteurs).toEqual([
      { id: d.fatou.id, pseudonyme: 'Maman A' },
      { id: d.awa.id, pseudonyme: null },
    ]);
    await t.db.update(consentements).set({ withdrawnAt: null }).where(eq(consentements.personneId, d.awa.id));
  });

  it('loses a carrier whose file is erased (right to erasure), the project staying', async () => {
    const passante = await buildPersonne(t.db, {
      structureId: d.structureId,
      territoryId: d.territoryId,
      pseudonyme: 'Voisine C',
      consent: { partagePartenaires: false },
    });
    const p = (await med.post('/api/projets', projet({ personneIds: [d.fatou.id, passante.id] }))).json();
    expect((await coord.delete(`/api/personnes/${passante.id}`)).statusCode).toBe(204);
    const page = (await med.get(`/api/projets/${p.id}`)).json();
    expect(page.porteurs).toEqual([{ id: d.fatou.id, pseudonyme: 'Maman A' }]);
  });

  it('keeps projects in their structure and territories: another structure sees nothing, partners 403, direction reads', async () => {
    const p = (await med.post('/api/projets', projet())).json();
    expect((await other.get(`/api/projets/${p.id}`)).statusCode).toBe(404);
    expect((await other.get('/api/projets?ouverts=false')).json().total).toBe(0);
    expect((await other.patch(`/api/projets/${p.id}`, { titre: 'Autre' })).statusCode).toBe(404);
    expect(
      (
        await other.post(`/api/projets/${p.id}/etapes`, {
          id: randomUUID(),
          date: '2027-03-02',
          kind: 'bilan',
          heures: 1,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await other.post('/api/projets', projet({ partenaireIds: [], personneIds: [] }))).statusCode,
    ).toBe(400);
    expect((await partner.get('/api/projets')).statusCode).toBe(403);
    expect((await partner.get(`/api/projets/${p.id}`)).statusCode).toBe(403);
    expect((await direction.get(`/api/projets/${p.id}`)).statusCode).toBe(200);
    expect((await direction.post('/api/projets', projet())).statusCode).toBe(403);
    const limited = await buildUser(t.db, {
      structureId: d.structureId,
      territoryIds: [d.otherQpv],
      email: 'loin@projets.test',
    });
    const loin = await login(t.app, limited.email);
    expect((await loin.get(`/api/projets/${p.id}`)).statusCode).toBe(404);
    expect(champsOf(await loin.post('/api/projets', projet()))).toEqual(['territoireId']);
  });

  it('links a project to an action of its structure only (a foreign key since ADR 035)', async () => {
    const action = {
      id: randomUUID(),
      type: 'atelier',
      titre: 'Atelier vélo',
      debut: '2027-03-10T14:00:00+01:00',
      fin: '2027-03-10T16:00:00+01:00',
      territoireId: d.territoryId,
    };
    expect((await coord.post('/api/actions', action)).statusCode).toBe(201);
    const linked = await med.post('/api/projets', projet({ actionOrigineId: action.id }));
    expect(linked.statusCode, linked.body).toBe(201);
    expect(linked.json().actionOrigineId).toBe(action.id);
    expect(champsOf(await med.post('/api/projets', projet({ actionOrigineId: randomUUID() })))).toEqual([
      'actionOrigineId',
    ]);
    const ailleurs = projet({ actionOrigineId: action.id, partenaireIds: [], personneIds: [] });
    expect(champsOf(await other.post('/api/projets', ailleurs))).toEqual(['actionOrigineId']);
  });

  it('leads to actions: an action names its project, the project page lists them by start', async () => {
    const p = projet();
    expect((await med.post('/api/projets', p)).statusCode).toBe(201);
    const action = (titre: string, debut: string, extra: object = {}) => ({
      id: randomUUID(),
      type: 'reunion_habitants',
      titre,
      debut,
      fin: debut.replace('T18:', 'T20:'),
      territoireId: d.territoryId,
      projetId: p.id,
      ...extra,
    });
    const second = action('Réunion de lancement', '2027-04-15T18:00:00+02:00');
    const first = action('Réunion des porteuses', '2027-03-18T18:00:00+01:00');
    for (const a of [second, first]) {
      const res = await coord.post('/api/actions', a);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().projetId).toBe(p.id);
    }
    const page = (await med.get(`/api/projets/${p.id}`)).json();
    expect(page.actions).toEqual([
      { id: first.id, titre: 'Réunion des porteuses', debut: '2027-03-18T18:00:00+01:00', statut: 'prevue' },
      { id: second.id, titre: 'Réunion de lancement', debut: '2027-04-15T18:00:00+02:00', statut: 'prevue' },
    ]);
    // Unlinked by a change; a project of another structure or unknown is refused on its field.
    expect((await coord.patch(`/api/actions/${first.id}`, { projetId: null })).json().projetId).toBeNull();
    expect((await med.get(`/api/projets/${p.id}`)).json().actions.map((a: { id: string }) => a.id)).toEqual([
      second.id,
    ]);
    expect(
      champsOf(
        await coord.post(
          '/api/actions',
          action('Inconnu', '2027-05-01T18:00:00+02:00', { projetId: randomUUID() }),
        ),
      ),
    ).toEqual(['projetId']);
    const sonQpv = await buildTerritoire(t.db, { structureId: d.other.structureId });
    const ailleurs = action('Ailleurs', '2027-05-02T18:00:00+02:00', { territoireId: sonQpv.id });
    expect(champsOf(await other.post('/api/actions', ailleurs))).toEqual(['projetId']);
  });

  it('answers the list contract and searches titles', async () => {
    const total = (await med.get('/api/projets')).json().total;
    await expectListContract(med, '/api/projets', { total });
    await med.post('/api/projets', projet({ titre: 'Fête des voisins 100 % solidaire' }));
    const found = (await med.get(`/api/projets?q=${encodeURIComponent('100 %')}`)).json();
    expect(found.items.map((x: { titre: string }) => x.titre)).toEqual(['Fête des voisins 100 % solidaire']);
  });
});
